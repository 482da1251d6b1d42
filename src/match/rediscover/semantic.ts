import type { Embedder } from '../../embedding/embedder.js';
import type { JobSpec } from './job-requirements.js';

/*
 * Semantic similarity between a job and candidates' profile texts. Candidate vectors are cached in
 * memory per process, keyed by model and text, so a changed profile is re-embedded and an unchanged
 * one never is. Callers holding vectors already (the search index) can pass them in instead.
 */

/** Bounded: 50k vectors of 512 floats is ~100 MB (resume chunks of a few thousand candidates). */
const MAX_CACHED = 50_000;
const cache = new Map<string, Float32Array>();

/** Optional source of precomputed candidate profile vectors (e.g. the search index's `profile` vectors). */
export type ProfileVectorSource = (candidateIds: string[]) => Promise<Map<string, Float32Array>>;

const keyOf = (embedder: Embedder, text: string) => `${embedder.modelId}\u0000${text}`;

/** Embed texts through the in-process cache. */
async function embedCached(embedder: Embedder, texts: string[]): Promise<Float32Array[]> {
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
function jobSemanticText(job: JobSpec): string {
  const opening = job.description.replace(/\s+/g, ' ').trim();
  const parts = [job.title, job.skills.slice(0, 12).join(', '), opening].filter(Boolean);
  return parts.join('. ').split(' ').slice(0, 60).join(' ');
}

function cosine(a: Float32Array, b: Float32Array): number {
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

/** Resume chunk size in words: USE-Lite reads 128 tokens, ~90 words of resume prose. */
const CHUNK_WORDS = 90;
/** Chunks per resume, from the top: past ~1,000 words resumes trail into references and boilerplate. */
const MAX_CHUNKS = 12;

export function resumeChunks(text: string, maxChunks = MAX_CHUNKS): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length && out.length < maxChunks; i += CHUNK_WORDS) out.push(words.slice(i, i + CHUNK_WORDS).join(' '));
  return out;
}

/** The job as the encoder reads it: its title with what the role does, and with what it requires (~60 words each). */
function jobQueryTexts(job: JobSpec): string[] {
  const clip = (text: string) => text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 60).join(' ');
  const { responsibilities, minimum } = job.sections;
  const texts = [responsibilities, minimum].filter((t) => t.trim()).map((t) => clip(`${job.title ?? ''}. ${t}`));
  return texts.length ? texts : [jobSemanticText(job)];
}

/**
 * Similarity of each candidate's whole resume to the job: for each job text the best-matching resume
 * chunk, averaged over the job texts. Reading the full resume (not a ~60-word summary) is what lets a
 * passage about the right work count wherever it sits in the resume.
 */
export async function chunkSimilarities(
  embedder: Embedder,
  job: JobSpec,
  candidates: { candidateId: string; text: string | null }[],
  maxChunks = MAX_CHUNKS,
): Promise<Map<string, number>> {
  const queries = await embedCached(embedder, jobQueryTexts(job));
  const chunked = candidates.map((c) => ({ id: c.candidateId, chunks: c.text ? resumeChunks(c.text, maxChunks) : [] }));
  const vectors = await embedCached(embedder, chunked.flatMap((c) => c.chunks));
  const out = new Map<string, number>();
  let k = 0;
  for (const c of chunked) {
    const own = vectors.slice(k, k + c.chunks.length);
    k += c.chunks.length;
    if (own.length === 0) continue;
    let sum = 0;
    for (const q of queries) {
      let best = -1;
      for (const v of own) if (v.length === q.length) best = Math.max(best, cosine(q, v));
      sum += best;
    }
    out.set(c.id, sum / queries.length);
  }
  return out;
}
