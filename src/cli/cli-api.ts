import { openContext } from '../app/context.js';
import { openProduct } from '../app/product.js';
import type { ProductApi } from '../app/product-api.js';
import { loadConfig } from '../shared/config.js';

/**
 * The product as the `cli` actor sees it, for the read commands (search, insights, rediscover). Next
 * to a running `serve` this process is a reader: it reads serve's index and never writes it.
 */
export async function openCliApi(opts: { openSearch?: boolean } = {}): Promise<{ api: ProductApi; close(): Promise<void> }> {
  const ctx = openContext(loadConfig(), null, { readerIfServing: true });
  try {
    // A one-shot command answers one query: building the in-memory keyword postings would cost more than it saves.
    const product = await openProduct(ctx, { openSearch: opts.openSearch, keywordPostings: false });
    return {
      api: product.api('cli'),
      async close() {
        try {
          await product.close();
        } finally {
          ctx.close();
        }
      },
    };
  } catch (error) {
    ctx.close();
    throw error;
  }
}
