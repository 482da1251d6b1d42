import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { createEmbedder } from './create-embedder.js';
import { OnnxGraphBuilder, OnnxType, valueInfo } from './onnx-graph-builder.js';
import { ensureUseLiteModel } from './use-lite-builder.js';

const TINY_DIMENSION = 8;

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i], 0);

let cacheDir: string;
let server: http.Server;
let hubUrl: string;
const requested: string[] = [];

/** A tiny 8-d "encoder" (a token embedding table) so the hub path runs without a large download. */
function tinyEncoderOnnx(): Uint8Array {
  const g = new OnnxGraphBuilder();
  const table = Float32Array.from({ length: 8002 * TINY_DIMENSION }, (_, i) => Math.sin(i * 0.37));
  g.op('Gather', [g.namedFloat('table', [8002, TINY_DIMENSION], new Uint8Array(table.buffer)), 'input_ids'], { axis: 0 }, 'last_hidden_state');
  return g.encode({
    graphName: 'tiny',
    producerName: 'test',
    docString: '',
    inputs: [valueInfo('input_ids', OnnxType.INT64, ['batch', 'seq'])],
    outputs: [valueInfo('last_hidden_state', OnnxType.FLOAT, ['batch', 'seq', TINY_DIMENSION])],
  });
}

// A stand-in for the Hugging Face hub on loopback: it serves `acme/tiny-encoder` (the USE-Lite
// tokenizer files plus the tiny graph as the hub's quantised file) and 404s everything else.
beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'embedder-hub-test-'));
  const useLiteFolder = await ensureUseLiteModel(cacheDir);
  const prefix = '/acme/tiny-encoder/resolve/main/';
  const served = new Map<string, Uint8Array>([
    [`${prefix}onnx/model_quantized.onnx`, tinyEncoderOnnx()],
    ...['config.json', 'tokenizer.json', 'tokenizer_config.json'].map((f): [string, Uint8Array] => [`${prefix}${f}`, readFileSync(path.join(useLiteFolder, f))]),
  ]);
  server = http.createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    requested.push(urlPath);
    const body = served.get(urlPath);
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-length': body.byteLength }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hubUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(cacheDir, { recursive: true, force: true });
});

describe('createEmbedder with a hub model id', () => {
  it('downloads the model into the cache, detects its dimension and embeds', async () => {
    const hub = await createEmbedder({ model: 'acme/tiny-encoder', cacheDir, remoteHost: hubUrl });
    expect(hub).toMatchObject({ modelId: 'acme/tiny-encoder', dimension: TINY_DIMENSION, maxTokens: 128 });
    const vectors = await hub.embed(['registered nurse', 'registered nurse', 'java developer', '']);
    for (const v of vectors) {
      expect(v).toHaveLength(TINY_DIMENSION);
      expect(Math.sqrt(dot(v, v))).toBeCloseTo(1, 5);
    }
    expect(dot(vectors[0], vectors[1])).toBeCloseTo(1, 6);
    expect(dot(vectors[0], vectors[2])).toBeLessThan(0.999);
    expect(existsSync(path.join(cacheDir, 'hub', 'acme', 'tiny-encoder', 'onnx', 'model_quantized.onnx'))).toBe(true);
  });

  it('fails with embedding_model_unavailable, pointing at the offline default', async () => {
    const failure = await createEmbedder({ model: 'acme/no-such-model', cacheDir, remoteHost: hubUrl }).catch((e: unknown) => e);
    expect(AppError.isInstance(failure)).toBe(true);
    const error = failure as AppError;
    expect(error.code).toBe('embedding_model_unavailable');
    expect(error.message).toContain('acme/no-such-model');
    expect(error.message).toContain('"use-lite"');
    expect(error.message).toContain('needs no network');
    expect(requested.some((p) => p.startsWith('/acme/no-such-model/resolve/main/'))).toBe(true);
  });

  it('treats a blank model name as the offline default', async () => {
    const embedder = await createEmbedder({ model: '  ', cacheDir });
    expect(embedder.modelId).toMatch(/^use-lite@/);
    // The folder built in beforeAll is reused, not rebuilt under another name.
    expect((await readdir(cacheDir)).filter((e) => e.startsWith('use-lite-'))).toHaveLength(1);
  });
});
