import type { Button, KnownBlock } from '@slack/types';
import type { SearchRequestInput, SearchResponse, SearchResult } from '../../retrieval/query/search-request.js';
import type { CandidateContact } from '../deps.js';
import { describeRequest } from './describe-request.js';
import { capBlocks, clip, context, esc, section, slackDate } from './limits.js';

/** Action ids of the buttons on a results message (the app routes on these). */
export const ACTIONS = {
  more: 'rediscover_more',
  insights: 'rediscover_insights',
  export: 'rediscover_export',
  addToJob: 'rediscover_add_to_job',
} as const;

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
}

const MAX_APPS_SHOWN = 3;

function applicationLine(app: SearchResult['applications'][number]): string {
  const job = app.job ? esc(app.job) : '(job not mirrored)';
  return `${job} — ${esc(app.stage ?? app.status)}${app.stage && app.status !== 'Active' ? ` (${esc(app.status)})` : ''}, ${slackDate(app.updatedAt)}`;
}

/** The mrkdwn of one result: name linked to Ashby, title at company, location, applications, why. */
export function resultText(r: SearchResult, n: number, contact: CandidateContact | null): string {
  const name = r.profileUrl ? `<${r.profileUrl}|${esc(r.name)}>` : esc(r.name);
  const role = [r.currentTitle, r.currentCompany].filter(Boolean).map((x) => esc(x!)).join(' at ');
  const lines = [`*${n}. ${name}*${role ? ` — ${role}` : ''}`];
  if (r.location) lines.push(`:round_pushpin: ${esc(r.location)}`);
  if (contact && (contact.email || contact.phone)) lines.push(`:email: ${[contact.email, contact.phone].filter(Boolean).map((x) => esc(x!)).join(' · ')}`);
  if (r.applications.length) {
    const apps = r.applications.slice(0, MAX_APPS_SHOWN).map(applicationLine);
    const more = r.applications.length > MAX_APPS_SHOWN ? ` (+${r.applications.length - MAX_APPS_SHOWN} more)` : '';
    lines.push(`:briefcase: ${apps.join('; ')}${more}`);
  } else lines.push(':briefcase: no applications');
  if (r.why.summary) lines.push(`_Why:_ ${esc(clip(r.why.summary, 600))}`);
  return lines.join('\n');
}

function addToJobButton(candidateId: string): Button {
  return { type: 'button', action_id: ACTIONS.addToJob, text: { type: 'plain_text', text: 'Add to job…' }, value: candidateId };
}

function footerActions(view: ResultsView): KnownBlock {
  const button = (action_id: string, text: string, style?: 'primary'): Button => ({ type: 'button', action_id, text: { type: 'plain_text', text }, value: view.sessionId, ...(style ? { style } : {}) });
  const elements: Button[] = [];
  if (view.response.nextCursor) elements.push(button(ACTIONS.more, 'More results', 'primary'));
  elements.push(button(ACTIONS.insights, 'Insights'), button(ACTIONS.export, 'Export'));
  return { type: 'actions', block_id: 'rediscover_results_actions', elements };
}

/** The plain-text fallback (notifications, screen readers). */
export function resultsFallback(view: ResultsView): string {
  const { results, total } = view.response;
  if (!results.length) return `No candidates found for ${describeRequest(view.request)}.`;
  const names = results.map((r) => r.name).join(', ');
  return clip(`${total} candidates for ${describeRequest(view.request)}. Showing ${view.offset + 1}–${view.offset + results.length}: ${names}`, 2900);
}

/** A results page as Block Kit: summary, one section per candidate, how the request was read, buttons. */
export function resultsMessage(view: ResultsView): { text: string; blocks: KnownBlock[] } {
  const { results, total, asOf } = view.response;
  const range = results.length ? ` — showing ${view.offset + 1}–${view.offset + results.length}` : '';
  const head: KnownBlock[] = [section(`*${total} candidate${total === 1 ? '' : 's'}* for ${esc(describeRequest(view.request))}${range}`)];
  const read: string[] = [];
  if (view.notes?.length) read.push(`Read as: ${esc(view.notes.join('; '))}`);
  if (view.unmapped?.length) read.push(`Not a known filter value, searched as text: ${esc(view.unmapped.join(', '))}`);
  if (asOf) read.push(`Mirror as of ${slackDate(asOf)}`);
  if (read.length) head.push(context(read.join(' · ')));

  const body: KnownBlock[] = results.flatMap((r, i) => [
    section(resultText(r, view.offset + i + 1, view.contacts?.[r.candidateId] ?? null), view.writesEnabled ? addToJobButton(r.candidateId) : undefined),
  ]);
  if (!results.length) body.push(section('No candidates matched. Try fewer filters, or other words: `/rediscover help` lists what I understand.'));
  return { text: resultsFallback(view), blocks: capBlocks([...head, ...body], [footerActions(view)]) };
}
