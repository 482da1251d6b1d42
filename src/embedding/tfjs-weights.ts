import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** One weight from a TensorFlow.js model: its shape and raw little-endian bytes. */
export interface TfjsWeight {
  readonly name: string;
  readonly shape: number[];
  readonly dtype: 'float32' | 'int32';
  readonly bytes: Uint8Array;
}

const WeightsManifest = z.array(
  z.object({
    paths: z.array(z.string().min(1)),
    weights: z.array(
      z.object({
        name: z.string(),
        shape: z.array(z.number().int().nonnegative()),
        // Quantised or string weights would need decoding; this model has none, so refuse them loudly.
        dtype: z.enum(['float32', 'int32']),
        quantization: z.undefined().optional(),
      }),
    ),
  }),
);

/**
 * Reads the weights of a TensorFlow.js graph model (`model.json` plus its shards). Within a
 * group the shards are one byte stream; weights follow each other in manifest order.
 */
export async function readTfjsWeights(modelJsonPath: string): Promise<Map<string, TfjsWeight>> {
  const dir = path.dirname(modelJsonPath);
  const modelJson = JSON.parse(await readFile(modelJsonPath, 'utf8')) as { weightsManifest?: unknown };
  const manifest = WeightsManifest.parse(modelJson.weightsManifest);
  const weights = new Map<string, TfjsWeight>();
  for (const group of manifest) {
    const shards = await Promise.all(group.paths.map((p) => readFile(path.join(dir, p))));
    const stream = Buffer.concat(shards);
    let offset = 0;
    for (const w of group.weights) {
      const byteLength = w.shape.reduce((a, b) => a * b, 1) * 4;
      if (offset + byteLength > stream.length) throw new Error(`weight ${w.name} runs past the end of its shards`);
      weights.set(w.name, { name: w.name, shape: w.shape, dtype: w.dtype, bytes: stream.subarray(offset, offset + byteLength) });
      offset += byteLength;
    }
    if (offset !== stream.length) throw new Error(`shards of ${group.paths[0]} hold ${stream.length - offset} unexplained bytes`);
  }
  return weights;
}
