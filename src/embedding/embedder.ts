/**
 * The one embedding interface used everywhere (indexing, queries, job matching, evaluations).
 * Vectors are unit length, so a dot product is the cosine similarity.
 */
export interface Embedder {
  /** Stable id of the model that produced the vectors (recorded in the index; a mismatch forces a reindex). */
  readonly modelId: string;
  readonly dimension: number;
  /** Max tokens the model reads per text; longer texts must be chunked by the caller. */
  readonly maxTokens: number;
  embed(texts: string[]): Promise<Float32Array[]>;
  close?(): Promise<void>;
}
