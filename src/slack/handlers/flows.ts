import type { KnownBlock } from '@slack/types';
import type { SearchRequestInput } from '../../retrieval/query/search-request.js';
import { isDirectMessageChannel } from '../access.js';
import { describeRequest } from '../blocks/describe-request.js';
import { insightsSummary } from '../blocks/insights.js';
import { exportButtons, resultsMessage } from '../blocks/results.js';
import { esc, section } from '../blocks/limits.js';
import type { SearchSession, SessionStore } from '../conversation/sessions.js';
import type { ParsedRequest, ProductApi, ProductApiFor } from '../../app/product-api.js';
import { slackErrorCode } from '../errors.js';
import { closestRelaxations } from '../../retrieval/query/relaxations.js';

/*
 * What the bot does, apart from how Slack delivers it: run a search and page it, export, insights.
 * Each flow returns the message to show; uploads go through `SlackFiles`, which the app implements
 * over the Web API (conversations.open + files.uploadV2).
 */

export interface FlowEnv {
  /** The product API as each actor sees it: `slack:U123` for a user, `slack` for a channel audience. */
  api: ProductApiFor;
  sessions: SessionStore;
  perPage: number;
  writesEnabled: boolean;
  showContactsInChannels: boolean;
}

/** Where a reply goes and who asked. Ephemeral replies are seen only by the asker. */
export interface Where {
  userId: string;
  channelId: string;
  threadTs: string | null;
  ephemeral: boolean;
}

export interface Message {
  text: string;
  blocks?: KnownBlock[];
}

export interface SlackFiles {
  /** The DM channel id with a user (conversations.open). */
  openDm(userId: string): Promise<string>;
  upload(input: { channelId: string; threadTs?: string; filename: string; file: Buffer; title: string; comment: string }): Promise<void>;
}

const actorOf = (userId: string) => `slack:${userId}`;
/** The actor of what a whole channel may see (digests, the job picker): confidential jobs only when access is `all`. */
export const CHANNEL_ACTOR = 'slack';

/** The product as the user who asked sees it. */
export const userApi = (env: Pick<FlowEnv, 'api'>, where: Pick<Where, 'userId'>): ProductApi => env.api(actorOf(where.userId));
/** The product as a channel sees it. */
export const channelApi = (env: Pick<FlowEnv, 'api'>): ProductApi => env.api(CHANNEL_ACTOR);

/** Contact details appear only where only the asker (or the asker and the bot) can see them, unless configured. */
function mayShowContacts(env: Pick<FlowEnv, 'showContactsInChannels'>, where: Where): boolean {
  return where.ephemeral || isDirectMessageChannel(where.channelId) || env.showContactsInChannels;
}

async function audited<T>(env: FlowEnv, where: Where, action: string, args: Record<string, unknown>, run: () => Promise<T>, count: (t: T) => number): Promise<T> {
  const api = userApi(env, where);
  try {
    const out = await run();
    await api.audit({ action, args: { ...args, channel: where.channelId }, resultCount: count(out) });
    return out;
  } catch (err) {
    await api.audit({ action, args: { ...args, channel: where.channelId }, outcome: 'error', detail: slackErrorCode(err) });
    throw err;
  }
}

/** Show the next page of a session (the first page for a new one), audited as a search. */
export async function showPage(env: FlowEnv, where: Where, session: SearchSession): Promise<Message> {
  const request: SearchRequestInput = { ...session.request, limit: env.perPage, cursor: session.nextCursor ?? undefined };
  const api = userApi(env, where);
  const response = await audited(env, where, 'slack:search', { request }, () => api.search(request), (r) => r.total);
  const contacts = mayShowContacts(env, where) && response.results.length ? await api.contacts(response.results.map((r) => r.candidateId)) : null;
  // Re-runs for counts only (one result, no facets): the zero message names the drop that finds people.
  const relaxations = response.total === 0 && session.shown === 0
    ? await closestRelaxations(session.request, async (r) => (await api.search(r)).total)
    : [];
  const message = resultsMessage({
    request: session.request,
    response,
    sessionId: session.id,
    offset: session.shown,
    notes: session.shown === 0 ? session.notes : [],
    unmapped: session.shown === 0 ? session.unmapped : [],
    writesEnabled: env.writesEnabled,
    contacts,
    relaxations,
  });
  env.sessions.advance(session.id, { shown: session.shown + response.results.length, nextCursor: response.nextCursor });
  return message;
}

/**
 * Start a search for a parsed request: a new session, first page. `conversationTs` is the key later
 * replies find it by (the thread's ts, or "dm" for a DM's top level); null for slash commands.
 */
export async function startSearch(env: FlowEnv, where: Where, parsed: ParsedRequest, conversationTs: string | null = where.threadTs): Promise<Message> {
  const session = env.sessions.create({
    request: { ...parsed.request, cursor: undefined },
    notes: parsed.notes,
    unmapped: parsed.unmapped,
    userId: where.userId,
    channelId: where.channelId,
    threadTs: conversationTs,
  });
  return showPage(env, where, session);
}

/**
 * Export the request as XLSX into the asker's DM; returns the confirmation to show where they asked.
 * With free text the workbook lists the best matches (as its insights); `allReached` ("export
 * everyone") lists everyone the search reached.
 */
export async function exportToDm(
  env: FlowEnv,
  files: SlackFiles,
  where: Where,
  request: SearchRequestInput,
  opts: { allReached?: boolean; sessionId?: string } = {},
): Promise<Message> {
  const allReached = opts.allReached === true;
  const args = allReached ? { request, allReached: true } : { request };
  const result = await audited(env, where, 'slack:export', args, () => userApi(env, where).exportXlsx(request, allReached ? { allReached } : {}), (r) => r.rowCount);
  const dm = await files.openDm(where.userId);
  await files.upload({
    channelId: dm,
    filename: result.fileName,
    file: result.bytes,
    title: `Candidates — ${describeRequest(request)}`.slice(0, 250),
    comment: `Your export: ${result.rowCount} candidate${result.rowCount === 1 ? '' : 's'} for ${describeRequest(request)}.`,
  });
  const counts = result.scope ? / best match(?:es)? of (\d+) reached$/.exec(result.scope) : null;
  if (!counts) return { text: `:inbox_tray: Sent ${result.fileName} (${result.rowCount} candidates) to your DMs.` };
  // Best matches only: offer everyone the search reached, as a button where a session backs it.
  const text = `:inbox_tray: Sent ${result.fileName} (${result.rowCount} candidates — ${result.scope}) to your DMs.`;
  if (!opts.sessionId) return { text: `${text} Say "export everyone" for all ${counts[1]}.` };
  return {
    text,
    blocks: [
      section(esc(text)),
      { type: 'actions', block_id: 'rediscover_export_actions', elements: exportButtons(opts.sessionId, { total: Number(counts[1]), bestMatches: result.rowCount }).slice(1) },
    ],
  };
}

/** Insights: a chart image (into the thread, or the asker's DM for ephemeral asks) and a text summary. */
export async function insightsFor(env: FlowEnv, files: SlackFiles, where: Where, request: SearchRequestInput): Promise<Message> {
  const insights = await audited(env, where, 'slack:insights', { request }, () => userApi(env, where).insights(request), (r) => r.total);
  const summary = insightsSummary(insights, describeRequest(request));
  const png = await userApi(env, where).insightsChart(insights);
  let where_ = '';
  if (png) {
    const toDm = where.ephemeral;
    const channelId = toDm ? await files.openDm(where.userId) : where.channelId;
    await files.upload({ channelId, threadTs: toDm ? undefined : (where.threadTs ?? undefined), filename: 'insights.png', file: png, title: 'Insights', comment: `Insights for ${describeRequest(request)}` });
    where_ = toDm ? '\n_Chart sent to your DMs._' : '';
  }
  return { text: summary + where_, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: summary + where_ } }] };
}
