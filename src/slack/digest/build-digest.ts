import type { KnownBlock } from '@slack/types';
import type { DigestData, ProductApi } from '../../app/product-api.js';
import { digestBlocks, digestSummary } from './digest-blocks.js';

export interface Digest {
  data: DigestData;
  text: string;
  blocks: KnownBlock[];
}

/** The digest for (since, now]: the facts from the mirror, as a message. */
export async function buildDigest(api: Pick<ProductApi, 'digest'>, since: Date, now: Date): Promise<Digest> {
  const data = await api.digest(since, now);
  return { data, text: digestSummary(data), blocks: digestBlocks(data) };
}
