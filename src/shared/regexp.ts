/** Escape text for use inside a RegExp (every character with a meaning in a pattern is taken literally). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
