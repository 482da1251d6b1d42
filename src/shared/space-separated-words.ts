/** The words of a text split on whitespace, with no empty words (a text of spaces has none). */
export function spaceSeparatedWords(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
