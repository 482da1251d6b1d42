import type { KnownBlock } from '@slack/types';
import type { Relaxation } from '../../retrieval/query/relaxations.js';
import { context, esc, section } from './limits.js';

const MAX_SHOWN = 3;

const people = (n: number) => `${n} candidate${n === 1 ? '' : 's'}`;

/**
 * The friendly answer to a search that finds no one: the closest relaxation first ("0 found;
 * 14 if you drop _reached Final Round_"), up to two more, and how to say it again. No buttons:
 * nothing to page, chart or export.
 */
export function zeroResultsBlocks(relaxations: Relaxation[]): KnownBlock[] {
  const how = 'Reply in the thread with _I meant …_ and the request without it, or `/rediscover help` for what I understand.';
  if (!relaxations.length) {
    return [section('No one matches all of that, and dropping any one filter does not help either. Try fewer filters or other words.'), context(how)];
  }
  const [best, ...others] = relaxations.slice(0, MAX_SHOWN);
  const lines = [`No one matches all of that. *${people(best!.total)}* if you drop _${esc(best!.words)}_.`];
  for (const r of others) lines.push(`• ${people(r.total)} if you drop _${esc(r.words)}_ instead`);
  return [section(lines.join('\n')), context(how)];
}
