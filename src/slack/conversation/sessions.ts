import { randomBytes } from 'node:crypto';
import type { SearchRequestInput } from '../../retrieval/query/search-request.js';

/*
 * Per-conversation search state, in memory. A session is one request and how far its results have
 * been paged; buttons carry the session id, and a thread (channel + thread_ts) points at its latest
 * session so replies refine it. Memory, not the mirror, because the state is only useful while the
 * conversation is live: a restart forgets it and the next message simply starts a new search.
 * Entries expire after the TTL and the store is capped so it cannot grow without bound.
 */

const SESSION_TTL_MS = 24 * 60 * 60_000;
const MAX_SESSIONS = 2000;

export interface SearchSession {
  id: string;
  request: SearchRequestInput;
  notes: string[];
  unmapped: string[];
  nextCursor: string | null;
  /** Results shown so far (numbering of the next page continues from here). */
  shown: number;
  userId: string;
  channelId: string;
  /** Thread the results were posted in; null for ephemeral (slash-command) results. */
  threadTs: string | null;
  touchedAt: number;
}

export class SessionStore {
  private readonly sessions = new Map<string, SearchSession>();
  private readonly threads = new Map<string, { sessionId: string; touchedAt: number }>();

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly ttlMs = SESSION_TTL_MS,
    private readonly max = MAX_SESSIONS,
  ) {}

  private fresh(touchedAt: number): boolean {
    return this.clock() - touchedAt < this.ttlMs;
  }

  private evict(): void {
    for (const [id, s] of this.sessions) if (!this.fresh(s.touchedAt)) this.sessions.delete(id);
    for (const [key, t] of this.threads) if (!this.fresh(t.touchedAt) || !this.sessions.has(t.sessionId)) this.threads.delete(key);
    // Maps iterate in insertion order: drop the oldest beyond the cap.
    while (this.sessions.size > this.max) this.sessions.delete(this.sessions.keys().next().value!);
  }

  create(s: Omit<SearchSession, 'id' | 'touchedAt' | 'shown' | 'nextCursor'>): SearchSession {
    this.evict();
    const session: SearchSession = { ...s, id: randomBytes(9).toString('base64url'), shown: 0, nextCursor: null, touchedAt: this.clock() };
    this.sessions.set(session.id, session);
    if (s.threadTs) this.threads.set(threadKey(s.channelId, s.threadTs), { sessionId: session.id, touchedAt: session.touchedAt });
    return session;
  }

  get(id: string): SearchSession | null {
    const s = this.sessions.get(id);
    if (!s || !this.fresh(s.touchedAt)) return null;
    return s;
  }

  /** The latest session of a thread, if it is still live. */
  forThread(channelId: string, threadTs: string): SearchSession | null {
    const t = this.threads.get(threadKey(channelId, threadTs));
    if (!t || !this.fresh(t.touchedAt)) return null;
    return this.get(t.sessionId);
  }

  /** Record a page shown and keep the session alive. */
  advance(id: string, page: { shown: number; nextCursor: string | null }): void {
    const s = this.sessions.get(id);
    if (!s) return;
    s.shown = page.shown;
    s.nextCursor = page.nextCursor;
    s.touchedAt = this.clock();
  }
}

const threadKey = (channelId: string, threadTs: string) => `${channelId}:${threadTs}`;
