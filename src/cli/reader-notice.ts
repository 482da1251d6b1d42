import type { ProductApi } from '../app/product-api.js';

/**
 * The line a reader prints (to stderr, so --json output stays clean) when the running `serve` has
 * changes it has not indexed yet; null when the answer is complete.
 */
export async function readerNotice(api: Pick<ProductApi, 'readerState'>): Promise<string | null> {
  const state = await api.readerState();
  if (state.servePid === null || state.indexComplete) return null;
  return `Note: \`rediscovery serve\` (pid ${state.servePid}) is updating ${state.dataDir}: the index is being built, results may be incomplete.`;
}
