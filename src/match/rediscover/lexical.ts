import { stem, type KeyTerm } from './key-terms.js';
import { sameCase, shortWordShapes, type WordShape } from './word-case.js';
import { sameWord } from './word-forms.js';

/*
 * BM25 of each candidate's full resume text against the job's weighted key terms, with document
 * frequencies from the pool being ranked. It is what a plain keyword search would find, kept as a
 * first-class signal so that the ranking never falls below it where titles and skills say little.
 */

const K1 = 1.2;
const B = 0.75;

interface DocStats {
  counts: Map<string, number>;
  /** Stem → the words the resume writes it as (first seen first), so reasons quote the resume, not the posting. */
  surface: Map<string, string[]>;
  /** Short words → how the resume writes them (capitals or word), so "DE" is not quoted for a posting's "de". */
  shapes: Map<string, Set<WordShape>>;
  length: number;
}

/** Token counts per resume text; bounded, keyed by text so an edited resume is re-read. */
const MAX_CACHED = 20_000;
/** Distinct forms kept per stem: a handful covers a term's inflections and derivations in one resume. */
const MAX_FORMS = 8;

/**
 * The resume's word to quote for a key term: a form that is the posting's own word up to an inflection.
 * A stem alone is not enough ("routers" shares "rout" with the posting's "routing"): then nothing is quoted.
 */
function quotedForm(term: KeyTerm, resumeForms: string[] | undefined, resumeShapes: Map<string, Set<WordShape>>): string | null {
  const posting = (said: string) => (term.cases?.[said] ? new Set(term.cases[said]) : undefined);
  return resumeForms?.find((form) => term.forms.some((said) => sameWord(form, said) && sameCase(form, posting(said), resumeShapes.get(form)))) ?? null;
}
const cache = new Map<string, DocStats>();

function statsOf(text: string): DocStats {
  const known = cache.get(text);
  if (known) return known;
  const words = text.toLowerCase().match(/[a-z0-9][a-z0-9+#]*/g) ?? [];
  const counts = new Map<string, number>();
  const surface = new Map<string, string[]>();
  for (const word of words) {
    const t = stem(word);
    counts.set(t, (counts.get(t) ?? 0) + 1);
    const forms = surface.get(t);
    if (!forms) surface.set(t, [word]);
    else if (forms.length < MAX_FORMS && !forms.includes(word)) forms.push(word);
  }
  const stats = { counts, surface, shapes: shortWordShapes(text), length: words.length };
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(text, stats);
  return stats;
}

export interface LexicalScore {
  /** Raw BM25 (weighted by term weight). */
  bm25: number;
  /** 0–1: BM25 over the pool's best. */
  value: number;
  /** Key terms that contributed most, strongest first, as the resume writes them. */
  topTerms: string[];
}

/** BM25 of each text against the key terms, scaled 0–1 by the pool's best; ids without text are absent. */
export function lexicalScores(terms: KeyTerm[], docs: { candidateId: string; text: string | null }[]): Map<string, LexicalScore> {
  const stats = docs.filter((d) => d.text?.trim()).map((d) => ({ id: d.candidateId, s: statsOf(d.text!) }));
  const out = new Map<string, LexicalScore>();
  if (stats.length === 0 || terms.length === 0) return out;
  const avgLength = stats.reduce((sum, d) => sum + d.s.length, 0) / stats.length;
  const idf = new Map<string, number>();
  for (const t of terms) {
    let df = 0;
    for (const d of stats) if (d.s.counts.has(t.term)) df++;
    idf.set(t.term, Math.log(1 + (stats.length - df + 0.5) / (df + 0.5)));
  }
  let best = 0;
  const raw = stats.map(({ id, s }) => {
    let score = 0;
    const parts: [number, string][] = [];
    for (const t of terms) {
      const tf = s.counts.get(t.term);
      if (!tf) continue;
      const part = t.weight * (idf.get(t.term) ?? 0) * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * s.length) / avgLength)));
      score += part;
      const quoted = t.quote === false ? null : quotedForm(t, s.surface.get(t.term), s.shapes);
      if (quoted) parts.push([part, quoted]);
    }
    best = Math.max(best, score);
    return { id, score, parts };
  });
  for (const r of raw) {
    out.set(r.id, {
      bm25: r.score,
      value: best > 0 ? r.score / best : 0,
      topTerms: r.parts.sort((a, b) => b[0] - a[0]).slice(0, 5).map(([, label]) => label),
    });
  }
  return out;
}
