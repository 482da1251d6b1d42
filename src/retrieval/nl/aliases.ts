import { cachedRegExp } from './memo.js';
import { STAGE_SYNONYMS } from './cue-words.js';
import { escapeRegExp } from '../../shared/regexp.js';
import { normalize } from './vocabulary.js';

/** A phrase a recruiter may type and the account value(s) it stands for. */
export interface Alias {
  phrase: string;
  values: string[];
}

/**
 * A synonym that only exists when the account has a matching value: `target` is tested against the
 * account's own values (e.g. "comp" → whichever reason text matches /compensation|salary/).
 */
export interface Synonym {
  phrases: string[];
  target: RegExp;
}

/** Build aliases from the values themselves plus synonyms resolved against those values. */
export function buildAliases(values: string[], synonyms: Synonym[], extra: (value: string) => string[] = () => []): Alias[] {
  const byPhrase = new Map<string, string[]>();
  const add = (phrase: string, value: string) => {
    const key = normalize(phrase);
    if (key.length < 2) return;
    const list = byPhrase.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    byPhrase.set(key, list);
  };
  for (const value of values) {
    add(value, value);
    for (const e of extra(value)) add(e, value);
  }
  for (const syn of synonyms) {
    const targets = values.filter((v) => syn.target.test(v));
    if (targets.length === 0) continue;
    for (const phrase of syn.phrases) {
      // The account's own exact value always wins over a synonym of the same spelling.
      if (byPhrase.has(normalize(phrase)) && values.some((v) => normalize(v) === normalize(phrase))) continue;
      for (const t of targets) add(phrase, t);
    }
  }
  return [...byPhrase.entries()].map(([phrase, vals]) => ({ phrase, values: vals }));
}

/** Regex source matching any alias (longest first), tolerant of hyphen/space variation and a plural s. */
function aliasPattern(aliases: Alias[]): string {
  if (aliases.length === 0) return '(?!)';
  const parts = [...aliases]
    .sort((a, b) => b.phrase.length - a.phrase.length)
    .map((a) => escapeRegExp(a.phrase).replace(/(?:\\-| )/g, '[\\s-]+'));
  return `(?:${parts.join('|')})(?:'?s)?`;
}

/** A list of aliases: "onsite or final round", "comp, timing and location". */
export function aliasListPattern(aliases: Alias[]): string {
  const one = aliasPattern(aliases);
  return `${one}(?:\\s*(?:,|/|&|\\bor\\b|\\band\\b|,\\s*or\\b|,\\s*and\\b)\\s*(?:the\\s+|an?\\s+)?${one})*`;
}

/** The account values named in a matched span, in order of appearance. */
export function valuesIn(span: string, aliases: Alias[]): string[] {
  const pattern = cachedRegExp(`\\b(${aliasPattern(aliases)})\\b`, 'gi');
  const out: string[] = [];
  for (const m of span.matchAll(pattern)) {
    const found = lookup(m[1], aliases);
    for (const v of found) if (!out.includes(v)) out.push(v);
  }
  return out;
}

function lookup(text: string, aliases: Alias[]): string[] {
  const key = normalize(text).replace(/[\s-]+/g, ' ');
  const candidates = [key, key.replace(/'?s$/, '')];
  for (const c of candidates) {
    const hit = aliases.find((a) => a.phrase.replace(/[\s-]+/g, ' ') === c);
    if (hit) return hit.values;
  }
  return [];
}

/** Stage titles with their short forms and the stage synonyms (used to check a model's stage values). */
export function stageAliases(titles: string[]): Alias[] {
  return buildAliases(titles, STAGE_SYNONYMS, (title) => {
    const short = title.replace(/\s+(round|stage|interview|screen|review|verification|call)$/i, '');
    return short !== title && short.length >= 4 ? [short] : [];
  });
}
