/** What a ranking strategy gives back: its result set and a score per member, before name lookup. */
export interface ScoredSet {
  /** Catalog ordinals of the result set, unordered. */
  ords: Int32Array;
  /** Score of each member, aligned with `ords`. */
  scores: Float64Array;
  /** Full vector similarity by ordinal, for the members that were re-scored with every vector. */
  similarity: Map<number, number>;
}
