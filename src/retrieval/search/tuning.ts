import type { FusionWeights } from './fuse.js';
import type { VectorPrefilter } from './nearest-rows.js';
import type { SimilarityWeights } from './vector-similarity.js';

/** The weights search ranks with (fusion of keyword and vector scores, and the per-vector similarity). */
export interface SearchTuning {
  fusion: FusionWeights;
  similarity: SimilarityWeights;
  /** The coarse pass before hybrid's recall net (nearest-rows.ts); absent: prefilterFor('auto'). */
  prefilter?: VectorPrefilter;
}
