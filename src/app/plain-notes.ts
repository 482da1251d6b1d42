/*
 * The parser's notes in words a recruiter reads in two seconds (issue 15). The parser (retrieval/nl)
 * writes them for its evaluations and logs ("Not understood as a filter, searched as free text:
 * "…"", "…; kept it as free text, not as a filter"); every door shows them after this rewrite, done
 * once in the product API's parseRequest. A note of a shape not listed here passes unchanged, so a
 * new parser note is never lost, only possibly wordier (plain-notes.test.ts reads every note the
 * evaluation requests produce and fails on parser jargon).
 */

const SEARCHED_AS_TEXT = '— searched it as text.';

const RULES: [RegExp, (...m: string[]) => string][] = [
  // The words left after every understood part: what the search looks for in resumes and profiles.
  // Said neutrally: most of the time they are simply what the recruiter is looking for ("product
  // designers"), not a failure; when they are a cue the parser missed, the note still shows the words it searched.
  [/^Not understood as a filter, searched as free text: (".*")$/, (_, text) => `Searched ${text} as keywords.`],
  // A value after a negation the parser could not bind: the reason in brackets is for the evaluations.
  [/^(?:Not understood|Could not tell) whether (".*?") is negated(?: \(by (".*?")\))?(?: \(.*\))?; kept it as free text(?:, not as a filter)?$/, (_, what, by) =>
    by ? `Not sure ${by} applies to ${what} ${SEARCHED_AS_TEXT}` : `Not sure whether you meant "not" for ${what} ${SEARCHED_AS_TEXT}`],
  // A cue (years, dates) under a negation the query language cannot say the opposite of.
  [/^Could not apply (".*?") negated; kept it as free text$/, (_, what) => `Couldn't search for the opposite of ${what} ${SEARCHED_AS_TEXT}`],
  [/^No recruiter named (".*?") in this account; kept (".*") as free text$/, (_, name, text) => `No recruiter named ${name} here — searched ${text} as text.`],
  [/^Could not read (".*") as a Boolean query \(.*\); searched it as free text$/, (_, q) => `Couldn't read ${q} as AND/OR/NOT ${SEARCHED_AS_TEXT}`],
  // "Could not apply …; kept it as free text", "No job title contains …; kept as free text", the model's suggestions.
  [/^(.*?)(?: \((?:a |the |it |several )[^()]*\))?; (?:kept (?:it )?as free text(?:, not as a filter)?|searched it as free text)$/, (_, head) => `${head.replace(/^Could not /, "Couldn't ")} ${SEARCHED_AS_TEXT}`],
];

/** One parser note in recruiter words. */
export function plainNote(note: string): string {
  for (const [pattern, rewrite] of RULES) {
    const m = pattern.exec(note);
    if (m) return rewrite(...m);
  }
  return note;
}

/**
 * Unmapped phrases no note already names: "Not found in this account" would otherwise repeat what a
 * note says ("No job title contains "X" — searched it as text.").
 */
export function unmappedNotInNotes(unmapped: string[], notes: string[]): string[] {
  const said = notes.join('\n').toLowerCase();
  return unmapped.filter((u) => !said.includes(`"${u.toLowerCase()}"`));
}
