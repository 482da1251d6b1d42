import type { FusionWeights } from './fuse.js';
import type { SimilarityWeights } from './vector-similarity.js';

/** The weights search ranks with (fusion of keyword and vector scores, and the per-vector similarity). */
export interface SearchTuning {
  fusion: FusionWeights;
  similarity: SimilarityWeights;
}
