import type { Embedder } from '../../embedding/embedder.js';
import type { CandidateDocument } from './candidate-document.js';
import type { VectorRow } from './vector-store.js';

/** Texts per encoder call: the reference model's throughput peaks around batches of 32. */
const EMBED_BATCH = 32;

/** Embed each document's profile text and resume chunks into vector rows. */
export async function embedDocuments(embedder: Embedder, docs: CandidateDocument[]): Promise<VectorRow[]> {
  const jobs: { candidateId: string; kind: VectorRow['kind']; chunkNo: number; text: string }[] = [];
  for (const d of docs) {
    if (d.profileText.trim()) jobs.push({ candidateId: d.candidateId, kind: 'profile', chunkNo: 0, text: d.profileText });
    d.chunks.forEach((text, i) => jobs.push({ candidateId: d.candidateId, kind: 'chunk', chunkNo: i, text }));
  }
  const rows: VectorRow[] = [];
  for (let i = 0; i < jobs.length; i += EMBED_BATCH) {
    const part = jobs.slice(i, i + EMBED_BATCH);
    const vectors = await embedder.embed(part.map((j) => j.text));
    part.forEach((j, k) => rows.push({ candidateId: j.candidateId, kind: j.kind, chunkNo: j.chunkNo, vector: vectors[k] }));
  }
  return rows;
}
