import type { KnownBlock } from '@slack/types';

/** Slack's limits (Block Kit reference): a section's text, a message's blocks, a button's value. */
export const MAX_SECTION_TEXT = 3000;
export const MAX_BLOCKS = 50;
export const MAX_PLAIN_TEXT = 75;
export const MAX_OPTIONS = 100;

/** Escape the three characters Slack's mrkdwn treats as control characters. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cut text to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A mrkdwn section, its text clipped to Slack's 3000-character limit. */
export function section(text: string, accessory?: Extract<KnownBlock, { type: 'section' }>['accessory']): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(text, MAX_SECTION_TEXT) }, ...(accessory ? { accessory } : {}) };
}

/** A context block of one mrkdwn line. */
export function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: clip(text, MAX_SECTION_TEXT) }] };
}

/** A Slack date token that renders in the reader's time zone, with an ISO fallback. */
export function slackDate(iso: string): string {
  const seconds = Math.floor(Date.parse(iso) / 1000);
  if (!Number.isFinite(seconds)) return esc(iso);
  return `<!date^${seconds}^{date_short}|${iso.slice(0, 10)}>`;
}

/** Keep at most 50 blocks; when cutting, the last kept block says so. */
export function capBlocks(blocks: KnownBlock[], tail: KnownBlock[] = []): KnownBlock[] {
  if (blocks.length + tail.length <= MAX_BLOCKS) return [...blocks, ...tail];
  const room = MAX_BLOCKS - tail.length - 1;
  return [...blocks.slice(0, room), context('_(more omitted: Slack shows at most 50 blocks per message)_'), ...tail];
}
