import type { Embedder } from '../../retrieval/embedding/embedder.js';
import type { JobSpec } from './job-requirements.js';

/*
 * Semantic similarity between a job and candidates' profile texts. Candidate vectors are cached in
 * memory per process, keyed by model and text, so a changed profile is re-embedded and an unchanged
 * one never is. Callers holding vectors already (the search index) can pass them in instead.
 */

/** Bounded: 20k vectors of 512 floats is ~40 MB. */
const MAX_CACHED = 20_000;
const cache = new Map<string, Float32Array>();

/** Optional source of precomputed candidate profile vectors (e.g. the search index's `profile` vectors). */
export type ProfileVectorSource = (candidateIds: string[]) => Promise<Map<string, Float32Array>>;

const keyOf = (embedder: Embedder, text: string) => `${embedder.modelId}\u0000${text}`;

/** Embed texts through the in-process cache. */
export async function embedCached(embedder: Embedder, texts: string[]): Promise<Float32Array[]> {
  const out: (Float32Array | undefined)[] = texts.map((t) => cache.get(keyOf(embedder, t)));
  const missing = [...new Set(texts.filter((_, i) => !out[i]))];
  if (missing.length > 0) {
    const vectors = await embedder.embed(missing);
    if (cache.size + missing.length > MAX_CACHED) cache.clear();
    missing.forEach((text, i) => cache.set(keyOf(embedder, text), vectors[i]));
    texts.forEach((t, i) => (out[i] ??= cache.get(keyOf(embedder, t))));
  }
  return out as Float32Array[];
}

/** The job's text for the encoder, shaped like a candidate's (title, skills, then the description's opening). */
export function jobSemanticText(job: JobSpec): string {
  const opening = job.description.replace(/\s+/g, ' ').trim();
  const parts = [job.title, job.skills.slice(0, 12).join(', '), opening].filter(Boolean);
  return parts.join('. ').split(' ').slice(0, 60).join(' ');
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i];
  return dot;
}

/** Cosine similarity of each candidate's text to the job, keyed by candidate id. */
export async function semanticSimilarities(
  embedder: Embedder,
  job: JobSpec,
  candidates: { candidateId: string; semanticText: string }[],
  source?: ProfileVectorSource,
): Promise<Map<string, number>> {
  const [jobVector] = await embedCached(embedder, [jobSemanticText(job)]);
  const known = source ? await source(candidates.map((c) => c.candidateId)) : new Map<string, Float32Array>();
  const toEmbed = candidates.filter((c) => !known.has(c.candidateId) && c.semanticText);
  const vectors = await embedCached(embedder, toEmbed.map((c) => c.semanticText));
  toEmbed.forEach((c, i) => known.set(c.candidateId, vectors[i]));
  const out = new Map<string, number>();
  for (const c of candidates) {
    const v = known.get(c.candidateId);
    if (v && v.length === jobVector.length) out.set(c.candidateId, cosine(jobVector, v));
  }
  return out;
}
