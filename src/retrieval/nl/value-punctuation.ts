import type { Mention } from './tagger.js';

/*
 * Open values (employers, schools, places, titles) are read by shape, and their shapes allow "." and "'"
 * inside a name ("J.P. Morgan", "O'Reilly"), so a sentence's own punctuation after the last word was
 * taken with it: "currently working at Amazon." gave `currentCompany: "Amazon."` (nl-heldout22 h22-032,
 * 085, 093, 115, 124). Punctuation that closes a sentence or a clause is never part of a value; only
 * the last dot of an initialism ("U.S.", "J.P.") is.
 */

/** Closing punctuation: sentence and clause ends, closing brackets and quotes. */
const TRAILING = /[.?!,;:)\]}"'\u201d\u2019\u00bb]+$/u;
/** "U.S.", "J.P.": single letters each followed by a dot; the last dot is the initialism's. */
const INITIALISM = /(?:^|[\s.])\p{L}\.$/u;

/** `value` without closing punctuation (an initialism keeps its last dot). */
export function trimValuePunctuation(value: string): string {
  const m = TRAILING.exec(value);
  if (!m) return value;
  let cut = value.slice(0, m.index);
  if (m[0].startsWith('.') && INITIALISM.test(cut + '.')) cut += '.';
  return cut.trimEnd() || value;
}

/** A profile or field mention with its open values' closing punctuation left out of the values and the span. */
export function withoutTrailingPunctuation(m: Mention): Mention {
  if (m.kind !== 'profile' && m.kind !== 'field') return m;
  const trimmed = trimValuePunctuation(m.text);
  const end = trimmed.length < m.text.length ? m.start + trimmed.length : m.end;
  const span = end === m.end ? {} : { end, text: trimmed };
  if (m.kind === 'profile') {
    const value = trimValuePunctuation(m.value);
    return value === m.value && end === m.end ? m : { ...m, ...span, value };
  }
  const values = m.values.map(trimValuePunctuation);
  return values.every((v, i) => v === m.values[i]) && end === m.end ? m : { ...m, ...span, values };
}
