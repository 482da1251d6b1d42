import type { KnownBlock } from '@slack/types';
import { section } from './limits.js';

const HELP_TEXT = [
  '*Rediscover past candidates from Ashby.* Ask in plain words, in a DM, by mentioning me, or with `/rediscover`:',
  '• `/rediscover backend engineers in Berlin who reached onsite for any platform job since last spring, not rejected for skills`',
  '• `/rediscover export <request>` — an XLSX sent to you in a DM: the best matches of free text (as its insights), every match of filters; `export everyone <request>` for everyone the search reached',
  '• `/rediscover insights <request>` — a chart and a summary of where the matches are',
  '• `/rediscover status` — how fresh the mirror is',
  'I understand stages ("reached onsite", "made it to final round"), rejection reasons ("rejected for comp"), recruiters ("sourced by Maya"), sources ("referrals"), dates ("last 6 months", "since March"), experience ("5+ years"), exclusions ("not in sales"), "quoted must-haves" and Boolean (AND/OR/NOT).',
  'Reply in the thread to refine: "only the ones in Seattle", "more", "insights", "export these".',
].join('\n');

/** `/rediscover help`. */
export function helpMessage(): { text: string; blocks: KnownBlock[] } {
  return { text: 'Rediscover: ask for candidates in plain words; /rediscover export, insights, status, help.', blocks: [section(HELP_TEXT)] };
}
