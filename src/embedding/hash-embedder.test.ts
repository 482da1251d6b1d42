import { describe, expect, it } from 'vitest';
import { createHashEmbedder } from './hash-embedder.js';
import { measureEmbeddingThroughput } from './throughput.js';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i], 0);

describe('createHashEmbedder', () => {
  it('returns deterministic unit vectors of the asked dimension', async () => {
    const embedder = createHashEmbedder(32);
    expect(embedder).toMatchObject({ modelId: 'hash-32', dimension: 32 });
    const [a, empty, punctuation] = await embedder.embed(['Senior Nurse, ICU', '', '!!!']);
    const [again] = await createHashEmbedder(32).embed(['senior nurse icu']);
    expect(Array.from(a)).toEqual(Array.from(again));
    for (const v of [a, empty, punctuation]) {
      expect(v).toHaveLength(32);
      expect(Math.sqrt(dot(v, v))).toBeCloseTo(1, 6);
    }
  });

  it('scores texts sharing words above texts sharing none', async () => {
    const [query, sharing, unrelated] = await createHashEmbedder().embed(['python data engineer', 'data engineer spark', 'pastry chef']);
    expect(dot(query, sharing)).toBeGreaterThan(dot(query, unrelated));
  });

  it('rejects a dimension that cannot hold a unit vector', () => {
    expect(() => createHashEmbedder(0)).toThrow(RangeError);
  });
});

describe('measureEmbeddingThroughput', () => {
  it('counts texts and batches of the given size', async () => {
    const texts = Array.from({ length: 70 }, (_, i) => `text ${i}`);
    const result = await measureEmbeddingThroughput(createHashEmbedder(), texts, { batchSize: 32 });
    expect(result).toMatchObject({ texts: 70, batches: 3 });
    expect(result.textsPerSecond).toBeGreaterThan(0);
  });
});
