import { mkdtemp, readdir, readFile, rm, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Embedder } from './embedder.js';
import { createEmbedder } from './create-embedder.js';
import { loadFeatureExtractor } from './transformers-pipeline.js';
import { buildUseLiteModelInto, ensureUseLiteModel, locateUseLitePackage, useLiteFolderName } from './use-lite-builder.js';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i], 0);

let cacheDir: string;
let embedder: Embedder;

beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'use-lite-test-'));
  const fetchSpy = vi.spyOn(globalThis, 'fetch');
  embedder = await createEmbedder({ model: 'use-lite', cacheDir });
  // Building and loading the offline model must never reach for the network.
  expect(fetchSpy).not.toHaveBeenCalled();
  fetchSpy.mockRestore();
});

afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

describe('offline USE-Lite embedder', () => {
  it('describes itself and returns 512-d unit vectors', async () => {
    const pkg = await locateUseLitePackage();
    expect(embedder).toMatchObject({ modelId: `use-lite@${pkg.version}`, dimension: 512, maxTokens: 128 });
    const vectors = await embedder.embed(['registered nurse in the ICU', '', 'Â', 'x'.repeat(3000)]);
    expect(vectors).toHaveLength(4);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v).toHaveLength(512);
      expect(v.every(Number.isFinite)).toBe(true);
      expect(Math.sqrt(dot(v, v))).toBeCloseTo(1, 5);
    }
  });

  it('puts paraphrases closer than unrelated roles', async () => {
    const [nurse, criticalCare, java] = await embedder.embed(['registered nurse in the ICU', 'critical care nurse', 'java backend developer']);
    expect(dot(nurse, criticalCare)).toBeGreaterThan(dot(nurse, java) + 0.2);
  });

  it('embeds more than one internal batch in input order', async () => {
    const texts = Array.from({ length: 70 }, (_, i) => (i % 2 === 0 ? `nurse shift ${i}` : `kubernetes operator ${i}`));
    const all = await embedder.embed(texts);
    const [single] = await embedder.embed([texts[69]]);
    expect(all).toHaveLength(70);
    expect(dot(all[69], single)).toBeCloseTo(1, 5);
    expect(await embedder.embed([])).toEqual([]);
  });
});

describe('ensureUseLiteModel', () => {
  it('writes a complete transformers.js folder and reuses it on the next call', async () => {
    const pkg = await locateUseLitePackage();
    const folder = await ensureUseLiteModel(cacheDir);
    expect(path.basename(folder)).toBe(useLiteFolderName(pkg.version));
    expect((await readdir(folder)).sort()).toEqual(['build-info.json', 'config.json', 'onnx', 'tokenizer.json', 'tokenizer_config.json']);
    const before = await stat(path.join(folder, 'onnx', 'model.onnx'));
    expect(await ensureUseLiteModel(cacheDir)).toBe(folder);
    const after = await stat(path.join(folder, 'onnx', 'model.onnx'));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    // No temp or stale folders are left next to the model.
    expect((await readdir(cacheDir)).filter((e) => e.startsWith('.'))).toEqual([]);
  });

  it('lets concurrent builders into a fresh cache end with one complete folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'use-lite-race-'));
    try {
      // Two unsynchronised builds stand in for two processes racing on one cache.
      const pkg = await locateUseLitePackage();
      const target = path.join(dir, useLiteFolderName(pkg.version));
      const [a, b] = await Promise.all([buildUseLiteModelInto(target, pkg), buildUseLiteModelInto(target, pkg)]);
      expect(a).toBe(b);
      expect(await readdir(dir)).toEqual([path.basename(a)]);
      const info = JSON.parse(await readFile(path.join(a, 'build-info.json'), 'utf8')) as { files: Record<string, number> };
      expect(info.files['onnx/model.onnx']).toBe((await stat(path.join(a, 'onnx', 'model.onnx'))).size);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rebuilds a folder that lost a file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'use-lite-damaged-'));
    try {
      const folder = await ensureUseLiteModel(dir);
      await unlink(path.join(folder, 'tokenizer.json'));
      expect(await ensureUseLiteModel(dir)).toBe(folder);
      expect((await stat(path.join(folder, 'tokenizer.json'))).size).toBeGreaterThan(100_000);
      expect(await readdir(dir)).toEqual([path.basename(folder)]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

const REFERENCE = process.env.USE_LITE_REFERENCE;

describe.skipIf(!REFERENCE)('matches the reference build in USE_LITE_REFERENCE', () => {
  const texts = [
    'registered nurse in the ICU',
    'critical care nurse',
    'java backend developer',
    'RN',
    'Senior Software Engineer, Payments (Go, Kubernetes, k8s, gRPC)',
    'golang k8s terraform aws-eks ci/cd',
    'C++ / C# / .NET developer',
    'Node.js, TypeScript, React.js & Next.js',
    'SQL: SELECT * FROM candidates WHERE stage = \'onsite\';',
    'Python 3.11; pandas>=2.0; numpy==1.26',
    'Managed a team of 12 engineers and grew ARR from $1.2M to $4.5M (+275%) in 18 months.',
    '2019-2023: Data Scientist @ Acme Corp. — NLP, LLMs, RAG',
    'Phone: +1 (415) 555-0100, email: jane.doe@example.com',
    'Ã©quipe Â· MaÃ®trise â€” rÃ©sumÃ©',
    'Â',
    'résumé naïve café façade',
    'Müller, Ørsted, Łódź, İstanbul',
    '東京のソフトウェアエンジニア',
    'Инженер-программист',
    'مهندس برمجيات',
    'ﬁnance ① ② Ⅳ ｆｕｌｌｗｉｄｔｈ',
    '😀 emoji 🚀 rocket',
    'tabs\tand\nnewlines\r\nmixed',
    '   leading and trailing spaces   ',
    ' ',
    '   ',
    '\n',
    '.',
    '...',
    '!!!???',
    '-',
    '42',
    '3.14159',
    '<s> </s> extra_token_id_1',
    'ALL CAPS HEADLINE: PRINCIPAL ENGINEER',
    'all lower case principal engineer',
    'Forklift operator, OSHA certified, warehouse logistics',
    'Pediatric nurse practitioner with NICU and PICU rotations',
    'Licensed CPA; IFRS, GAAP, SOX compliance; Big Four audit',
    'Teacher of mathematics, grades 9–12, AP Calculus',
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20),
    Array.from({ length: 200 }, (_, i) => `skill${i}`).join(' '),
    'Experienced registered nurse with eight years in intensive care, trauma and cardiac step-down units; ' +
      'certified in ACLS, PALS and CCRN; precepted new graduates, led a sepsis-bundle compliance project that cut ' +
      'time-to-antibiotics by 40 percent, and served on the hospital falls-prevention committee. ' +
      'Comfortable with Epic, Cerner, ventilator management, arterial lines and continuous renal replacement therapy.',
  ];

  it('has byte-identical graph and tokenizer files', async () => {
    const onnxProto = (await import('onnx-proto')).default;
    const { onnx } = onnxProto;
    const folder = await ensureUseLiteModel(cacheDir);
    const graphBytes = async (dir: string) =>
      Buffer.from(onnx.GraphProto.encode(onnx.ModelProto.decode(await readFile(path.join(dir, 'onnx', 'model.onnx'))).graph!).finish());
    expect((await graphBytes(folder)).equals(await graphBytes(REFERENCE!))).toBe(true);
    for (const file of ['tokenizer.json', 'tokenizer_config.json', 'config.json']) {
      expect(await readFile(path.join(folder, file), 'utf8')).toBe(await readFile(path.join(REFERENCE!, file), 'utf8'));
    }
  });

  it('gives the same embeddings as the reference model (cosine ≥ 0.9999 each)', async () => {
    expect(texts.length).toBeGreaterThanOrEqual(40);
    const reference = await loadFeatureExtractor({ kind: 'local', localModelPath: path.dirname(path.resolve(REFERENCE!)), modelName: path.basename(path.resolve(REFERENCE!)) });
    const expected = await reference(texts, { pooling: 'mean', normalize: true });
    const expectedData = Float32Array.from(expected.data);
    const actual = await embedder.embed(texts);
    texts.forEach((text, i) => {
      const ref = expectedData.subarray(i * 512, (i + 1) * 512);
      expect({ text, cosine: dot(actual[i], ref) >= 0.9999 }).toEqual({ text, cosine: true });
    });
  });

  it('tokenises to the same ids as the reference tokenizer', async () => {
    const { AutoTokenizer, env } = await import('@xenova/transformers');
    const folder = await ensureUseLiteModel(cacheDir);
    const loadTokenizer = async (dir: string) => {
      env.allowRemoteModels = false;
      env.allowLocalModels = true;
      env.localModelPath = path.dirname(path.resolve(dir));
      return AutoTokenizer.from_pretrained(path.basename(path.resolve(dir)));
    };
    const ours = await loadTokenizer(folder);
    const theirs = await loadTokenizer(REFERENCE!);
    for (const text of [...texts, '']) {
      expect({ text, ids: ours.encode(text) }).toEqual({ text, ids: theirs.encode(text) });
    }
  });
});
