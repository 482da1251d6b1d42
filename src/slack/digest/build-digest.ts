import type { KnownBlock } from '@slack/types';
import type { SlackDeps } from '../deps.js';
import { digestBlocks, digestSummary } from './digest-blocks.js';
import type { DigestData } from './digest-data.js';

export interface Digest {
  data: DigestData;
  text: string;
  blocks: KnownBlock[];
}

/** The digest for (since, now]: the facts from the mirror, as a message. */
export async function buildDigest(deps: Pick<SlackDeps, 'digestData'>, since: Date, now: Date): Promise<Digest> {
  const data = await deps.digestData(since, now);
  return { data, text: digestSummary(data), blocks: digestBlocks(data) };
}
