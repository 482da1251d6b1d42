import { distance } from 'fastest-levenshtein';
import type { IdentityMatchKind } from './why-words.js';

/*
 * "Ada Example", "ada@example.com", "+1 555 101 0000": the first thing people type is who they are
 * looking for. The keyword index leaves names out on purpose (a name says nothing about fit), so a
 * query that identifies people is recognised here and those people are ranked first.
 *
 * What counts as identifying (decided to keep skill and title queries untouched):
 * - an e-mail address (the whole query) → exact address match;
 * - a phone number (the whole query: digits, spaces, + ( ) - ., at least 7 digits) → same last 10 digits;
 * - 2 to 4 words of letters → every word equals a word of the candidate's name (any order), or is
 *   within a small edit distance of one (1 edit for words of 4–7 letters, 2 from 8). A single word
 *   is never treated as a name: "Swift", "Rust" and "Go" are skills first.
 */

export interface IdentityMatch {
  kind: IdentityMatchKind;
  /** 1 for an exact match; lower for fuzzy name matches (fewer edits rank higher). */
  quality: number;
}

export interface ContactLookup {
  byEmail(email: string): string[];
  byPhone(key: string): string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]+$/;
const NAME_WORD = /^[\p{L}][\p{L}'’-]*$/u;

/** Lower-case, accents removed, so "José" matches "Jose". */
function foldName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What kind of identifying query this is, if any. */
export function identityQueryKind(text: string | undefined): 'email' | 'phone' | 'name' | null {
  const t = text?.trim() ?? '';
  if (!t) return null;
  if (EMAIL.test(t)) return 'email';
  if (PHONE.test(t) && t.replace(/\D/g, '').length >= 7) return 'phone';
  const words = t.split(/\s+/);
  if (words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w))) return 'name';
  return null;
}

/**
 * Word index over candidate names, built once per catalog version. Lean on purpose: it is built on
 * the first name-like query, and with a list of words per candidate and a list per distinct word it
 * held 25 MB at 100k synthetic candidates (~0.25 GB at 1M, nearly every surname distinct); a
 * word's ids are one string while it has one, and a candidate's words are re-read from its name
 * (`nameOf`) only for the few candidates a query reaches.
 */
export class NameIndex {
  private readonly byWord = new Map<string, string | string[]>();
  private readonly nameOf: (id: string) => string | undefined;
  /**
   * Distinct name words by first letter and length (`${letter}${length}`): a query word is compared
   * only with words it could be within the allowed edits of. Every 2–4 word request ("senior
   * backend engineer") is tried as a name, and scanning every distinct name word for each query word
   * cost ~5 ms a request at 100k candidates (search bench profile, 2026-12-05).
   */
  private readonly byShape = new Map<string, string[]>();

  /** `nameOf`: the name of an id given in `names` (default: a map kept here; the service reads its catalog). */
  constructor(names: Iterable<[id: string, name: string]>, nameOf?: (id: string) => string | undefined) {
    const own = nameOf ? null : new Map<string, string>();
    for (const [id, name] of names) {
      own?.set(id, name);
      for (const w of nameWordsOf(name)) {
        const ids = this.byWord.get(w);
        if (Array.isArray(ids)) ids.push(id);
        else if (ids !== undefined) this.byWord.set(w, [ids, id]);
        else {
          this.byWord.set(w, id);
          const shape = `${w[0]}${w.length}`;
          const same = this.byShape.get(shape);
          if (same) same.push(w);
          else this.byShape.set(shape, [w]);
        }
      }
    }
    this.nameOf = nameOf ?? ((id) => own!.get(id));
  }

  private idsOf(word: string): readonly string[] {
    const ids = this.byWord.get(word);
    return ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids;
  }

  /** Candidates whose name contains every query word exactly or within the allowed edits. */
  match(query: string): Map<string, IdentityMatch> {
    const words = foldName(query).split(/\s+/).filter(Boolean);
    // For each query word: name word → edits (0 exact).
    const near = words.map((w) => this.nearWords(w));
    if (near.some((m) => m.size === 0)) return new Map();
    // Candidates having a near word for the rarest query word, then checked against the others.
    const rarest = near.reduce((a, b) => (this.postings(a) <= this.postings(b) ? a : b));
    const out = new Map<string, IdentityMatch>();
    for (const nameWord of rarest.keys()) {
      for (const id of this.idsOf(nameWord)) {
        if (out.has(id)) continue;
        const have = nameWordsOf(this.nameOf(id) ?? '');
        let edits = 0;
        let ok = true;
        for (const m of near) {
          let best = Infinity;
          for (const w of have) {
            const e = m.get(w);
            if (e !== undefined && e < best) best = e;
          }
          if (best === Infinity) {
            ok = false;
            break;
          }
          edits += best;
        }
        if (!ok) continue;
        const exactName = edits === 0 && have.length === words.length;
        out.set(id, edits === 0 ? { kind: 'name', quality: exactName ? 1 : 0.95 } : { kind: 'fuzzy-name', quality: Math.max(0.5, 0.9 - 0.1 * (edits - 1)) });
      }
    }
    return out;
  }

  private postings(m: Map<string, number>): number {
    let n = 0;
    for (const w of m.keys()) n += this.idsOf(w).length;
    return n;
  }

  private nearWords(word: string): Map<string, number> {
    const out = new Map<string, number>();
    if (this.byWord.has(word)) out.set(word, 0);
    const allowed = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    if (allowed === 0) return out;
    // Typos rarely hit the first letter; requiring it keeps the scan to a sliver of the names.
    for (let len = word.length - allowed; len <= word.length + allowed; len++) {
      for (const w of this.byShape.get(`${word[0]}${len}`) ?? []) {
        if (w === word) continue;
        const d = editDistance(w, word);
        if (d <= allowed) out.set(w, d);
      }
    }
    return out;
  }
}

/** The distinct folded words of a name. */
function nameWordsOf(name: string): string[] {
  return [...new Set(foldName(name).split(/[\s,]+/).filter(Boolean))];
}

/** Levenshtein, with one swap of neighbouring letters ("exmaple") counted as one edit, the commonest typo. */
function editDistance(a: string, b: string): number {
  const d = distance(a, b);
  if (d !== 2 || a.length !== b.length) return d;
  const i = [...a].findIndex((ch, k) => ch !== b[k]);
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2) ? 1 : d;
}

/** The people a query identifies, with how well; empty for queries that are not names, e-mails or phones. */
export function lookupIdentity(text: string | undefined, names: () => NameIndex, contacts: ContactLookup): Map<string, IdentityMatch> {
  const kind = identityQueryKind(text);
  const t = text?.trim() ?? '';
  if (kind === 'email') return new Map(contacts.byEmail(t).map((id) => [id, { kind: 'email', quality: 1 }]));
  if (kind === 'phone') {
    const key = t.replace(/\D/g, '').slice(-10);
    return new Map(contacts.byPhone(key).map((id) => [id, { kind: 'phone', quality: 1 }]));
  }
  if (kind === 'name') return names().match(t);
  return new Map();
}
