import pluralize from 'pluralize';

/*
 * Singular and plural of a skill or tool name, so that a posting asking for "logic analyzers" and a
 * resume listing "Logic Analyzer" name the same thing (issue 12: the reason said the skill was missing).
 * `pluralize` knows the regular endings (-s, -es, -ies, -ves) and the irregular and uncountable nouns
 * (analysis/analyses, software, equipment). Only the last word varies: in an English noun phrase it is
 * the head noun, and the words before it stay singular ("network analyzers", "infusion pumps").
 */

/** The last word's other grammatical number(s), as whole phrases; [] when it has none or it is not a plain word. */
export function numberForms(phrase: string): string[] {
  const m = /^(.*?)([A-Za-z]+)$/.exec(phrase);
  // Short words are abbreviations more often than nouns ("ios" is no plural of "io", "sas" of "sa").
  if (!m || m[2].length < 4) return [];
  const [, head, last] = m;
  const cased = (w: string) => (last === last.toUpperCase() ? w.toUpperCase() : /^[A-Z]/.test(last) ? w[0].toUpperCase() + w.slice(1) : w);
  return otherNumbers(last.toLowerCase()).map((w) => head + cased(w));
}

// pluralize tries its rules one regular expression at a time; the vocabulary's ~60,000 names share few last words.
const cache = new Map<string, string[]>();
/**
 * The other grammatical number(s) of one lower-case word: its singular and its plural by pluralize's
 * rules, without the word itself ("analyses" → ["analysis"], "strategy" → ["strategies"]). Both are
 * given because pluralize's singular is not always the noun ("cookies" → "cooky") while the plural of
 * the true singular is ("cookie" → "cookies").
 */
function otherNumbers(word: string): string[] {
  let out = cache.get(word);
  if (!out) {
    const forms = new Set([pluralize.singular(word), pluralize.plural(word)]);
    forms.delete(word);
    out = [...forms];
    cache.set(word, out);
  }
  return out;
}

/** Whether two lower-case words are one word in its two grammatical numbers ("analysis"/"analyses", "cookie"/"cookies"). */
export function sameUpToNumber(a: string, b: string): boolean {
  return a === b || otherNumbers(a).includes(b) || otherNumbers(b).includes(a);
}

const singulars = new Map<string, string>();
/** The singular of one lower-case word by pluralize's rules (the word itself when it is one): "manages" → "manage". */
export function singularOf(word: string): string {
  let form = singulars.get(word);
  if (form === undefined) singulars.set(word, (form = pluralize.singular(word)));
  return form;
}

/**
 * The singular of one lower-case noun in a title ("coaches" → "coach", "actuaries" → "actuary"), by pluralize's
 * rules. Words of three letters or fewer stay as they are (abbreviations: "ios" is no plural of "io"), and so do
 * words ending in -is or -ss, which are singular in English but which pluralize sometimes cuts ("basis" → "basi").
 */
export function nounSingular(word: string): string {
  return word.length <= 3 || /(?:is|ss)$/.test(word) ? word : singularOf(word);
}
