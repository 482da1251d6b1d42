/** A loaded transformers.js feature-extraction pipeline, reduced to what the embedders use. */
export interface FeatureExtractor {
  (texts: string[], options: { pooling: 'mean' | 'cls'; normalize: boolean }): Promise<{ dims: number[]; data: ArrayLike<number> }>;
  tokenizer: { model_max_length?: number };
  dispose(): Promise<void>;
}

/** Where a model comes from: a local folder under `localModelPath`, or the hub (cached under `cacheDir`). */
type PipelineSource =
  | { kind: 'local'; localModelPath: string; modelName: string }
  | { kind: 'hub'; modelId: string; cacheDir: string; remoteHost?: string };

const DEFAULT_REMOTE_HOST = 'https://huggingface.co/';
const loaded = new Map<string, Promise<FeatureExtractor>>();
let loadQueue: Promise<unknown> = Promise.resolve();

/**
 * Loads (once per process and source) a feature-extraction pipeline. transformers.js reads its
 * global `env` during the whole asynchronous load, so loads run one at a time, each with `env`
 * set just before it; a local load also forbids remote fetches so it can never touch the network.
 */
export function loadFeatureExtractor(source: PipelineSource): Promise<FeatureExtractor> {
  const key = JSON.stringify(source);
  let pipelinePromise = loaded.get(key);
  if (!pipelinePromise) {
    pipelinePromise = loadQueue.then(() => loadNow(source));
    loadQueue = pipelinePromise.catch(() => undefined);
    // A failed load is not cached, so a later call (say, once the network is back) retries.
    pipelinePromise.catch(() => loaded.delete(key));
    loaded.set(key, pipelinePromise);
  }
  return pipelinePromise;
}

async function loadNow(source: PipelineSource): Promise<FeatureExtractor> {
  const { env, pipeline } = await import('@xenova/transformers');
  if (source.kind === 'local') {
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = source.localModelPath;
    // `quantized: false`: the folder holds only onnx/model.onnx, not model_quantized.onnx.
    return (await pipeline('feature-extraction', source.modelName, { quantized: false })) as unknown as FeatureExtractor;
  }
  env.allowRemoteModels = true;
  env.allowLocalModels = false;
  env.useFSCache = true;
  env.cacheDir = source.cacheDir;
  const host = source.remoteHost ?? DEFAULT_REMOTE_HOST;
  env.remoteHost = host.endsWith('/') ? host : `${host}/`;
  return (await pipeline('feature-extraction', source.modelId)) as unknown as FeatureExtractor;
}
