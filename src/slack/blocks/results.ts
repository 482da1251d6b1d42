import type { Button, KnownBlock, Overflow, PlainTextOption } from '@slack/types';
import type { SearchRequestInput, SearchResponse, SearchResult } from '../../retrieval/query/search-request.js';
import { relevantApplication } from '../../retrieval/search/relevant-application.js';
import { applicationLine as sharedApplicationLine } from '../../retrieval/search/application-line.js';
import type { CandidateContact } from '../../app/product-api.js';
import { unmappedNotInNotes } from '../../app/plain-notes.js';
import { interpretParts } from '../../retrieval/nl/interpretation.js';
import type { Relaxation } from '../../retrieval/query/relaxations.js';
import { describeRequest } from './describe-request.js';
import { zeroResultsBlocks } from './zero-results.js';
import { capBlocks, clip, context, esc, section, slackDate } from './limits.js';

/** Action ids of the buttons on a results message (the app routes on these). */
export const ACTIONS = {
  more: 'rediscover_more',
  insights: 'rediscover_insights',
  export: 'rediscover_export',
  /** Beside Export when free text reached more people than its best matches: a workbook of everyone reached. */
  exportEveryone: 'rediscover_export_everyone',
  addToJob: 'rediscover_add_to_job',
  /** Prefix: one "drop this filter" button per understood part, `rediscover_drop_filter_<n>`. */
  dropFilter: 'rediscover_drop_filter',
  /** The per-candidate overflow menu: Open in Ashby (a link), Add to job…, Similar candidates. */
  candidateMenu: 'rediscover_candidate_menu',
} as const;

/** Values of the candidate menu's options: `<verb>:<candidate id>` (`similar:<id>:<current title>`). */
export const MENU = { open: 'open', addToJob: 'add', similar: 'similar' } as const;

/** Matches every drop-filter button (action ids must be unique within their block). */
export const DROP_FILTER_ACTION = /^rediscover_drop_filter_\d+$/;

/** The value of a drop-filter button: the session and the part of its request to drop. */
function dropFilterValue(sessionId: string, path: string): string {
  return JSON.stringify({ s: sessionId, p: path });
}

export function parseDropFilterValue(value: string): { sessionId: string; path: string } | null {
  try {
    const v = JSON.parse(value) as { s?: unknown; p?: unknown };
    return typeof v.s === 'string' && typeof v.p === 'string' ? { sessionId: v.s, path: v.p } : null;
  } catch {
    return null;
  }
}

const MAX_DROP_BUTTONS = 10;

/**
 * What the request was understood as, one button per part to drop it, and how to restate it: the
 * recruiter fixes a misreading without retyping the whole request.
 */
function interpretationBlocks(view: ResultsView): KnownBlock[] {
  const parts = interpretParts(view.request).filter((p) => p.path.startsWith('filters.'));
  // No buttons on 0 results: the zero-results text names the drop that finds people instead.
  if (view.offset > 0 || parts.length === 0 || view.response.results.length === 0) return [];
  const buttons: Button[] = parts.slice(0, MAX_DROP_BUTTONS).map((p, i) => ({
    type: 'button',
    action_id: `${ACTIONS.dropFilter}_${i}`,
    text: { type: 'plain_text', text: clip(`✕ ${p.words}`, 75) },
    value: dropFilterValue(view.sessionId, p.path),
  }));
  return [
    { type: 'actions', block_id: 'rediscover_interpretation', elements: buttons },
    context('Not what you meant? Drop a filter above, or reply in the thread with _I meant …_ and I will read it again.'),
  ];
}

export interface ResultsView {
  request: SearchRequestInput;
  response: SearchResponse;
  /** Key of the stored search the buttons act on. */
  sessionId: string;
  /** Results shown by earlier pages, so numbering continues. */
  offset: number;
  notes?: string[];
  unmapped?: string[];
  writesEnabled: boolean;
  /** Contact details to show, or null where they must not appear (channels, by default). */
  contacts: Record<string, CandidateContact> | null;
  /** On 0 results: single-part drops that find people, most results first (closestRelaxations). */
  relaxations?: Relaxation[];
}

/** "Onsite for Senior Backend Engineer · archived Mar 2026 (Timing)": the application that explains the match. */
const mrkdwnApplicationLine = (app: SearchResult['applications'][number]): string => sharedApplicationLine(app, esc);

/** The mrkdwn of one result: name linked to Ashby, title at company, location, the application that explains the match, why. */
export function resultText(r: SearchResult, n: number, contact: CandidateContact | null, filters: SearchRequestInput['filters'] = {}): string {
  const name = r.profileUrl ? `<${r.profileUrl}|${esc(r.name)}>` : esc(r.name);
  const role = [r.currentTitle, r.currentCompany].filter(Boolean).map((x) => esc(x!)).join(' at ');
  const lines = [`*${n}. ${name}*${role ? ` — ${role}` : ''}${r.location ? ` · ${esc(r.location)}` : ''}`];
  if (contact && (contact.email || contact.phone)) lines.push(`:email: ${[contact.email, contact.phone].filter(Boolean).map((x) => esc(x!)).join(' · ')}`);
  const app = relevantApplication(r, filters);
  if (app) lines.push(`${mrkdwnApplicationLine(app)}${r.applications.length > 1 ? ` _(+${r.applications.length - 1} more)_` : ''}`);
  else lines.push('_No applications_');
  if (r.why.summary) lines.push(`_Why:_ ${esc(clip(r.why.summary, 600))}`);
  return lines.join('\n');
}

const option = (text: string, value: string, url?: string): PlainTextOption & { url?: string } => ({ text: { type: 'plain_text', text: clip(text, 75) }, value: clip(value, 150), ...(url ? { url } : {}) });

/** Per-candidate menu: open the profile in Ashby, add to a job (when writes are on), find people like them. */
function candidateMenu(r: SearchResult, writesEnabled: boolean): Overflow {
  const options: (PlainTextOption & { url?: string })[] = [
    ...(r.profileUrl ? [option('Open in Ashby', `${MENU.open}:${r.candidateId}`, r.profileUrl)] : []),
    ...(writesEnabled ? [option('Add to job…', `${MENU.addToJob}:${r.candidateId}`)] : []),
    // The title travels in the value (≤ 150 characters) so the click needs no lookup.
    ...(r.currentTitle ? [option('Similar candidates', `${MENU.similar}:${r.candidateId}:${r.currentTitle}`)] : []),
  ];
  return { type: 'overflow', action_id: ACTIONS.candidateMenu, options };
}

/** Slack rejects an overflow menu with fewer than 2 options (Block Kit reference): no menu then. */
const menuFor = (r: SearchResult, writesEnabled: boolean): Overflow | undefined => {
  const menu = candidateMenu(r, writesEnabled);
  return menu.options.length >= 2 ? menu : undefined;
};

/**
 * With free text, Export lists the best matches (as insights describe them); when the search reached
 * more people than that, "Export everyone" sits beside it for a workbook of all of them.
 */
export function exportButtons(sessionId: string, response: Pick<SearchResponse, 'total' | 'bestMatches'>): Button[] {
  const button = (action_id: string, text: string): Button => ({ type: 'button', action_id, text: { type: 'plain_text', text: clip(text, 75) }, value: sessionId });
  const best = response.bestMatches;
  if (best === undefined || best >= response.total) return [button(ACTIONS.export, 'Export')];
  return [button(ACTIONS.export, best === 1 ? 'Export the best match' : `Export ${best} best matches`), button(ACTIONS.exportEveryone, `Export everyone (${response.total})`)];
}

function footerActions(view: ResultsView): KnownBlock {
  const button = (action_id: string, text: string, style?: 'primary'): Button => ({ type: 'button', action_id, text: { type: 'plain_text', text }, value: view.sessionId, ...(style ? { style } : {}) });
  const elements: Button[] = [];
  if (view.response.nextCursor) elements.push(button(ACTIONS.more, 'Next page', 'primary'));
  elements.push(button(ACTIONS.insights, 'Insights'), ...exportButtons(view.sessionId, view.response));
  return { type: 'actions', block_id: 'rediscover_results_actions', elements };
}

/** The plain-text fallback (notifications, screen readers). */
function resultsFallback(view: ResultsView): string {
  const { results, total } = view.response;
  if (!results.length) {
    const best = view.relaxations?.[0];
    return `No candidates found for ${describeRequest(view.request)}.${best ? ` ${best.total} if you drop "${best.words}".` : ''}`;
  }
  const names = results.map((r) => r.name).join(', ');
  return clip(`${total} candidate${total === 1 ? '' : 's'} for ${describeRequest(view.request)}. Showing ${view.offset + 1}–${view.offset + results.length}: ${names}`, 2900);
}

/** A results page as Block Kit: summary, one section per candidate, how the request was read, buttons. */
export function resultsMessage(view: ResultsView): { text: string; blocks: KnownBlock[] } {
  const { results, total, asOf } = view.response;
  const range = results.length ? ` — showing ${view.offset + 1}–${view.offset + results.length}` : '';
  const head: KnownBlock[] = [section(`*${total} candidate${total === 1 ? '' : 's'}* for ${esc(describeRequest(view.request))}${range}`)];
  const read: string[] = [];
  // Notes are whole sentences in recruiter words (plain-notes.ts).
  read.push(...(view.notes ?? []).map(esc));
  const unmapped = unmappedNotInNotes(view.unmapped ?? [], view.notes ?? []);
  if (unmapped.length) read.push(`Not found in this account, searched as text: ${esc(unmapped.join(', '))}`);
  if (asOf) read.push(`Mirror as of ${slackDate(asOf)}`);
  if (read.length) head.push(context(read.join(' · ')));
  head.push(...interpretationBlocks(view));

  const body: KnownBlock[] = results.flatMap((r, i) => [
    { type: 'divider' } as KnownBlock,
    section(resultText(r, view.offset + i + 1, view.contacts?.[r.candidateId] ?? null, view.request.filters), menuFor(r, view.writesEnabled)),
  ]);
  if (!results.length) {
    // Nothing to page, chart or export: no buttons, just what to try.
    body.push(...zeroResultsBlocks(view.relaxations ?? []));
    return { text: resultsFallback(view), blocks: capBlocks([...head, ...body]) };
  }
  return { text: resultsFallback(view), blocks: capBlocks([...head, ...body, { type: 'divider' }], [footerActions(view)]) };
}
