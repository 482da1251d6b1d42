import { FakeApiError, optionalNumber } from './api-error.js';
import { hashString } from './prng.js';
import type { Collection, Stamped } from './collection.js';

/*
 * Cursors and syncTokens are opaque to clients: base64url JSON with a checksum. A cursor holds the
 * position (creation order of the last record sent), the snapshot sequence taken on the first page
 * and, for incremental lists, the token's sequence; a syncToken holds the snapshot sequence. Records
 * changed after the snapshot are sent again next time, so nothing changed mid-sync is lost.
 */

const MAX_LIMIT = 100;

/** Knobs tests and the admin API turn to produce the documented token and cursor errors. */
export interface PagingKnobs {
  /** Bumped by expireSyncTokens(): older tokens answer `sync_token_expired`. */
  tokenGeneration: number;
  /** Bumped by expireCursors(): older cursors answer `next_cursor_expired`. */
  cursorGeneration: number;
  /** Answer every request that carries a syncToken with this error. */
  syncTokenError: 'sync_token_expired' | 'sync_token_invalid' | null;
  /** Answer every request that carries a cursor with this error. */
  cursorError: 'next_cursor_expired' | 'invalid_next_cursor' | null;
  /** Incremental lists with more than this many pages answer `incremental_sync_too_large`. */
  incrementalPageCap: number | null;
}

interface CursorPayload {
  e: string;
  o: number;
  s: number;
  t: number | null;
  g: number;
}

interface TokenPayload {
  e: string;
  s: number;
  g: number;
}

function encode(payload: object): string {
  const json = JSON.stringify(payload);
  return Buffer.from(`${json}|${hashString(json).toString(36)}`).toString('base64url');
}

function decode<T>(text: unknown): T | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const raw = Buffer.from(text, 'base64url').toString('utf8');
  const bar = raw.lastIndexOf('|');
  if (bar < 0) return null;
  const json = raw.slice(0, bar);
  if (hashString(json).toString(36) !== raw.slice(bar + 1)) return null;
  try {
    return JSON.parse(json) as T;
  } catch {
    return null;
  }
}

interface PageResult<T> {
  items: T[];
  moreDataAvailable: boolean;
  nextCursor?: string;
  syncToken?: string;
}

interface PageRequest<T extends Stamped> {
  endpoint: string;
  collection: Collection<T>;
  body: Record<string, unknown>;
  currentSeq: number;
  knobs: PagingKnobs;
  syncCapable: boolean;
  filter?: (record: T) => boolean;
}

function parseLimit(body: Record<string, unknown>): number {
  const limit = optionalNumber(body, 'limit') ?? MAX_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new FakeApiError('invalid_input', 'limit must be a positive integer (maximum 100)');
  return Math.min(limit, MAX_LIMIT);
}

function readCursor(endpoint: string, body: Record<string, unknown>, knobs: PagingKnobs): CursorPayload | null {
  if (body.cursor === undefined || body.cursor === null) return null;
  if (knobs.cursorError) throw new FakeApiError(knobs.cursorError, cursorMessage(knobs.cursorError));
  const cursor = decode<CursorPayload>(body.cursor);
  if (!cursor || cursor.e !== endpoint || typeof cursor.o !== 'number') throw new FakeApiError('invalid_next_cursor', cursorMessage('invalid_next_cursor'));
  if (cursor.g !== knobs.cursorGeneration) throw new FakeApiError('next_cursor_expired', cursorMessage('next_cursor_expired'));
  return cursor;
}

function readToken(endpoint: string, body: Record<string, unknown>, knobs: PagingKnobs, syncCapable: boolean): TokenPayload | null {
  if (body.syncToken === undefined || body.syncToken === null) return null;
  if (!syncCapable) throw new FakeApiError('invalid_input', `${endpoint} does not support syncToken`);
  if (knobs.syncTokenError) throw new FakeApiError(knobs.syncTokenError, tokenMessage(knobs.syncTokenError));
  const token = decode<TokenPayload>(body.syncToken);
  if (!token || token.e !== endpoint || typeof token.s !== 'number') throw new FakeApiError('sync_token_invalid', tokenMessage('sync_token_invalid'));
  if (token.g !== knobs.tokenGeneration) throw new FakeApiError('sync_token_expired', tokenMessage('sync_token_expired'));
  return token;
}

function cursorMessage(code: string): string {
  return code === 'next_cursor_expired'
    ? 'The pagination cursor has expired. Restart pagination from the first page without a cursor.'
    : 'The pagination cursor is invalid. Restart pagination from the first page without a cursor.';
}

function tokenMessage(code: string): string {
  return code === 'sync_token_expired'
    ? 'The sync token has expired. Discard it and run a full sync without a syncToken.'
    : 'The sync token is invalid. Discard it and run a full sync without a syncToken.';
}

/** One page of a cursor (and optionally syncToken) paginated list, following ashby-api.md §2. */
export function listPage<T extends Stamped>(req: PageRequest<T>): PageResult<T> {
  const limit = parseLimit(req.body);
  const cursor = readCursor(req.endpoint, req.body, req.knobs);
  const token = readToken(req.endpoint, req.body, req.knobs, req.syncCapable);
  const since = cursor ? cursor.t : (token?.s ?? null);
  const snapshot = cursor ? cursor.s : req.currentSeq;
  const filter = req.filter;
  const keep = (r: T) => (since === null || r.seq > since) && (!filter || filter(r));

  if (!cursor && since !== null && req.knobs.incrementalPageCap !== null) {
    const changed = req.collection.count(keep);
    if (changed > req.knobs.incrementalPageCap * limit) {
      throw new FakeApiError(
        'incremental_sync_too_large',
        `Too many changes since this sync token (${changed} records, more than ${req.knobs.incrementalPageCap} pages). Discard the syncToken and run a full sync.`,
      );
    }
  }

  const page = req.collection.pageAfter(cursor?.o ?? 0, limit, keep);
  const result: PageResult<T> = { items: page.items, moreDataAvailable: page.more };
  if (page.more) {
    const last = page.items[page.items.length - 1];
    result.nextCursor = encode({ e: req.endpoint, o: last.ord, s: snapshot, t: since, g: req.knobs.cursorGeneration } satisfies CursorPayload);
  } else if (req.syncCapable) {
    result.syncToken = encode({ e: req.endpoint, s: snapshot, g: req.knobs.tokenGeneration } satisfies TokenPayload);
  }
  return result;
}

/** Page a plain array (application.listHistory): cursor only, position = index. */
export function arrayPage<T>(endpoint: string, items: T[], body: Record<string, unknown>, knobs: PagingKnobs): PageResult<T> {
  const limit = parseLimit(body);
  const cursor = readCursor(endpoint, body, knobs);
  const start = cursor?.o ?? 0;
  const slice = items.slice(start, start + limit);
  const more = start + limit < items.length;
  return {
    items: slice,
    moreDataAvailable: more,
    ...(more ? { nextCursor: encode({ e: endpoint, o: start + limit, s: 0, t: null, g: knobs.cursorGeneration } satisfies CursorPayload) } : {}),
  };
}
