import type { SearchRequestInput } from '../../retrieval/query/search-request.js';
import type { ParsedRequest } from '../../app/product-api.js';

/** What a reply in a conversation asks for. */
type FollowUpKind = 'export' | 'insights' | 'more' | 'refine' | 'restate';

const EXPORT = /^\s*(please\s+)?(export|download|xlsx|spreadsheet)\b|\bexport\s+(these|them|this|those|it|that|all|everyone|everybody)\b|\b(send|give)\s+me\s+(a|an|the)\s+(spreadsheet|xlsx|excel)/i;
const INSIGHTS = /^\s*(please\s+)?(insights?|chart|breakdown|stats|statistics)\b|\b(insights?|breakdown)\s+(for|on|of)\s+(these|them|this|those)\b/i;
const MORE = /^\s*(more|next|next page|show more|more results|more please|keep going)\s*[.!]*\s*$/i;

/** "I meant …": the request said again, read afresh instead of narrowing the previous one. */
const RESTATE = /^\s*(?:no[,.]?\s+|sorry[,.]?\s+|actually[,.]?\s+|oops[,.]?\s+)*i\s+(?:meant|mean)\b[\s,:.…-]*/i;

/** The restated request of an "I meant …" reply (the words after "I meant"). */
export function restatedRequest(text: string): string {
  return text.replace(RESTATE, '').trim();
}

/** "export everyone …": list everyone a free-text search reached, not only its best matches (issue 15). */
const EVERYONE = /\b(everyone|everybody)\b/i;

/** Does an export request ask for everyone the search reached? */
export function wantsEveryoneReached(text: string): boolean {
  return EVERYONE.test(text);
}

/** The words of `/rediscover export everyone <request>` after "everyone". */
export function withoutEveryone(text: string): string {
  return text.replace(/^\s*(everyone|everybody)\b[\s,:]*/i, '');
}

/** Classify a thread reply: an export, insights, the next page, a restatement, or a refinement of the request. */
export function classifyFollowUp(text: string): FollowUpKind {
  if (RESTATE.test(text) && restatedRequest(text)) return 'restate';
  if (EXPORT.test(text)) return 'export';
  if (INSIGHTS.test(text)) return 'insights';
  if (MORE.test(text)) return 'more';
  return 'refine';
}

/** Words that start a follow-up in a DM without a thread (a new question does not start like this). */
const CONTINUES = /^\s*(only|just|and|but|also|now|exclude|excluding|without|not|except|those|these|them|the ones|same|more|next|export|insights?)\b/i;

/** In a DM, does this top-level message continue the last request rather than start a new one? */
export function continuesConversation(text: string): boolean {
  return CONTINUES.test(text);
}

/*
 * "only the ones in Seattle" → "in Seattle": the referring words carry no search meaning and would
 * otherwise end up as free text ("ones") that narrows the keyword match for no reason.
 */
const FOLLOW_UP_LEAD_IN = /^\s*(and\s+|but\s+|now\s+|also\s+)?(only|just)?\s*(show\s+(me\s+)?)?((the\s+)?(ones|those|these|them|people|candidates|folks)\s+)?((who|that)(\s+(are|were|have|had))?\s+)?/i;

/** The reply with its referring words removed, ready for the NL parser. */
export function stripFollowUpFiller(text: string): string {
  const stripped = text.replace(FOLLOW_UP_LEAD_IN, '').trim();
  return stripped || text.trim();
}

function joinText(a: string | undefined, b: string | undefined): string | undefined {
  const parts = [a, b].map((x) => x?.trim()).filter((x): x is string => !!x);
  return parts.length ? parts.join(' ') : undefined;
}

/**
 * The previous request narrowed by a reply: filters the reply names replace the same filters of the
 * previous request (a new location replaces the old one), other filters stay; free text and Boolean
 * queries add up (AND). Paging restarts.
 */
export function refineRequest(previous: SearchRequestInput, reply: ParsedRequest): ParsedRequest {
  const prevFilters = previous.filters ?? {};
  const replyFilters = reply.request.filters ?? {};
  const booleanParts = [previous.boolean, reply.request.boolean].filter((x): x is string => !!x);
  const exclude = { ...(prevFilters.exclude ?? {}), ...(replyFilters.exclude ?? {}) };
  const request: SearchRequestInput = {
    ...previous,
    filters: { ...prevFilters, ...replyFilters, ...(Object.keys(exclude).length ? { exclude } : {}) },
    cursor: undefined,
  };
  const text = joinText(previous.text, reply.request.text);
  if (text) request.text = text;
  else delete request.text;
  if (booleanParts.length) request.boolean = booleanParts.length === 1 ? booleanParts[0] : booleanParts.map((b) => `(${b})`).join(' AND ');
  delete request.cursor;
  return { request, notes: reply.notes, unmapped: reply.unmapped };
}
