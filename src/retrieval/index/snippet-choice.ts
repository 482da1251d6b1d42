/*
 * Which excerpt to show for a result. FTS5 picks the column with the most matches, and for a title
 * query that is the title column: the snippet then only repeats the candidate's title, which the
 * result already shows (issue 12, seen in MCP search results). An excerpt that adds information wins:
 * one with a match and a word that is not one of the candidate's titles.
 */

const plainWords = (text: string): string[] => text.replace(/\*\*/g, '').toLowerCase().match(/[\p{L}\p{N}+#]+/gu) ?? [];
// Words that say nothing on their own, so "Accountant at …" is still only the title. Not the search
// stopwords (content-words.ts): this asks only whether a snippet adds a word beyond the titles.
const SAYS_NOTHING = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'the', 'to', 'with', 'on', 'or']);

/** Whether an excerpt says something beyond the candidate's titles (`titles`: the title column, one per line). */
export function addsInformation(snippet: string, titles: string): boolean {
  const known = new Set(plainWords(titles));
  return plainWords(snippet).some((w) => !known.has(w) && !SAYS_NOTHING.has(w));
}

/**
 * The excerpt to show: the first of `options` (FTS5's own choice first, then other columns) that holds a
 * match and adds information; else the first that holds a match; else FTS5's choice.
 */
export function chooseSnippet(options: (string | null)[], titles: string): string | null {
  const found = options.filter((s): s is string => !!s && s.trim() !== '');
  const matched = found.filter((s) => s.includes('**'));
  return matched.find((s) => addsInformation(s, titles)) ?? matched[0] ?? found[0] ?? null;
}
