import { z, type ZodType } from 'zod';
import { logger as defaultLogger, type Logger } from '../../shared/logger.js';
import { AshbyApiError, ashbyErrorFor } from './ashby-error.js';
import { backoffDelayMs, parseRetryAfterMs } from './backoff.js';
import { parseEnvelope, type AshbyResult } from './envelope.js';
import { SlidingWindowRateLimiter } from './rate-limiter.js';
import { REQUIRED_READ_SCOPES } from './scopes.js';

interface AshbyClientOptions {
  apiKey: string;
  baseUrl?: string;
  /** Client-side ceiling; Ashby allows 1,000/min per key, so the default leaves headroom. */
  maxRequestsPerMinute?: number;
  maxRetries?: number;
  retryBaseMs?: number;
  maxRetryDelayMs?: number;
  /** Per attempt, covering the response body too. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  logger?: Logger;
}

/** One page of a paginated list, as handed to the sync so it can checkpoint `nextCursor` after committing it. */
export interface AshbyPage<T> {
  results: T[];
  nextCursor?: string;
  syncToken?: string;
  moreDataAvailable: boolean;
}

export interface PaginateOptions<T> {
  /** Resume a list from a checkpointed cursor. */
  cursor?: string;
  /** Incremental sync: only records changed since this token. */
  syncToken?: string;
  onPage?: (page: AshbyPage<T>) => void | Promise<void>;
}

type Attempt =
  | { kind: 'response'; status: number; text: string; requestId?: string; retryAfter?: string | null }
  | { kind: 'network'; error: unknown; timedOut: boolean };

const PAGE_LIMIT = 100;
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Ashby's RPC transport: POST /<method> with Basic auth, envelope parsing, typed errors, retries with
 * backoff and a client-side rate limit. Endpoint wrappers live in AshbyClient.
 */
export class AshbyTransport {
  protected readonly apiKey: string;
  protected readonly baseUrl: string;
  private readonly maxRetries: number;
  private readonly retryBaseMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly log: Logger;
  private readonly limiter: SlidingWindowRateLimiter;

  constructor(options: AshbyClientOptions) {
    this.apiKey = options.apiKey;
    this.baseUrl = (options.baseUrl ?? 'https://api.ashbyhq.com').replace(/\/+$/, '');
    this.maxRetries = options.maxRetries ?? 6;
    this.retryBaseMs = options.retryBaseMs ?? 500;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 60_000;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.fetchImpl = options.fetch ?? globalThis.fetch;
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.log = options.logger ?? defaultLogger;
    this.limiter = new SlidingWindowRateLimiter(options.maxRequestsPerMinute ?? 900, 60_000, this.now, this.sleep);
  }

  /** Call one Ashby method; `schema` validates `results`. Throws AshbyApiError with a string code. */
  async call<T = unknown>(method: string, body: object = {}, schema?: ZodType<T>): Promise<AshbyResult<T>> {
    if (!this.apiKey) {
      throw new AshbyApiError(
        'ashby_auth_missing',
        `No Ashby API key is configured. Set ASHBY_API_KEY to a key created in Ashby Admin → API Keys with the read permissions ${REQUIRED_READ_SCOPES.join(', ')}.`,
        { method },
      );
    }
    for (let attempt = 0; ; attempt++) {
      await this.limiter.acquire();
      const outcome = await this.send(method, body);
      const status = outcome.kind === 'response' ? outcome.status : undefined;
      const requestId = outcome.kind === 'response' ? outcome.requestId : undefined;
      this.log.debug({ method, status, attempt, requestId }, 'ashby call');
      const retryable = outcome.kind === 'network' || outcome.status === 429 || outcome.status >= 500;
      if (retryable && attempt < this.maxRetries) {
        const delayMs = this.retryDelay(outcome, attempt);
        this.log.warn({ method, status, attempt, requestId, delayMs }, 'ashby call failed, retrying');
        await this.sleep(delayMs);
        continue;
      }
      if (outcome.kind === 'network') throw this.networkError(method, outcome, attempt + 1);
      return this.interpret(method, outcome, schema);
    }
  }

  /**
   * Page through a list endpoint (limit 100). Later pages repeat the body with `cursor` and, on an
   * incremental sync, the same `syncToken` (as Nango does). The last page carries the new syncToken.
   */
  async *paginate<T>(
    method: string,
    body: object,
    schema: ZodType<T>,
    opts: PaginateOptions<T> = {},
  ): AsyncGenerator<AshbyPage<T>, void, undefined> {
    yield* this.pages(method, { limit: PAGE_LIMIT, ...body }, schema, opts);
  }

  /** Every item of a small paginated list, plus the syncToken from its last page. */
  async listAll<T>(
    method: string,
    body: object,
    schema: ZodType<T>,
    opts: Omit<PaginateOptions<T>, 'onPage'> = {},
  ): Promise<{ results: T[]; syncToken?: string }> {
    const results: T[] = [];
    let syncToken: string | undefined;
    for await (const page of this.paginate(method, body, schema, opts)) {
      results.push(...page.results);
      syncToken = page.syncToken ?? syncToken;
    }
    return { results, syncToken };
  }

  /**
   * A list endpoint Ashby does not paginate (source.list, jobPosting.list, …): one call without `limit`.
   * Should Ashby ever start paging one, the cursor is still followed rather than silently truncating the mirror.
   */
  async list<T>(method: string, body: object, schema: ZodType<T>): Promise<T[]> {
    const results: T[] = [];
    for await (const page of this.pages(method, body, schema, {})) results.push(...page.results);
    return results;
  }

  private async *pages<T>(
    method: string,
    body: object,
    schema: ZodType<T>,
    opts: PaginateOptions<T>,
  ): AsyncGenerator<AshbyPage<T>, void, undefined> {
    const arraySchema = z.array(schema);
    let cursor = opts.cursor;
    for (;;) {
      const request = { ...body, ...(opts.syncToken ? { syncToken: opts.syncToken } : {}), ...(cursor ? { cursor } : {}) };
      const res = await this.call(method, request, arraySchema);
      const page: AshbyPage<T> = {
        results: res.results,
        nextCursor: res.nextCursor,
        syncToken: res.syncToken,
        moreDataAvailable: res.moreDataAvailable,
      };
      await opts.onPage?.(page);
      yield page;
      if (!res.moreDataAvailable) return;
      if (!res.nextCursor || res.nextCursor === cursor) {
        // Without a fresh cursor the next request would repeat this page forever.
        throw new AshbyApiError(
          'ashby_invalid_response',
          `Ashby ${method} said more data is available but gave ${res.nextCursor ? 'the same' : 'no'} nextCursor.`,
          { method, requestId: res.requestId },
        );
      }
      cursor = res.nextCursor;
    }
  }

  private async send(method: string, body: object): Promise<Attempt> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`timed out after ${this.timeoutMs} ms`));
    }, this.timeoutMs);
    try {
      const res = await this.fetchImpl(`${this.baseUrl}/${method}`, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${Buffer.from(`${this.apiKey}:`).toString('base64')}`,
          'Content-Type': 'application/json',
          Accept: 'application/json; version=1',
        },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      const text = await res.text();
      return {
        kind: 'response',
        status: res.status,
        text,
        requestId: res.headers.get('x-ashby-request-id') ?? undefined,
        retryAfter: res.headers.get('retry-after'),
      };
    } catch (error) {
      return { kind: 'network', error, timedOut };
    } finally {
      clearTimeout(timer);
    }
  }

  private retryDelay(outcome: Attempt, attempt: number): number {
    const backoff = backoffDelayMs(attempt, this.retryBaseMs, this.maxRetryDelayMs, this.random);
    if (outcome.kind !== 'response') return backoff;
    const retryAfterMs = parseRetryAfterMs(outcome.retryAfter, this.now());
    return retryAfterMs === undefined ? backoff : Math.min(retryAfterMs, this.maxRetryDelayMs);
  }

  private networkError(method: string, outcome: Extract<Attempt, { kind: 'network' }>, attempts: number): AshbyApiError {
    const reason = outcome.timedOut ? `timed out after ${this.timeoutMs} ms` : describeNetworkError(outcome.error);
    return new AshbyApiError('ashby_network_error', `Could not reach Ashby for ${method} after ${attempts} attempt(s): ${reason}.`, {
      method,
      cause: outcome.error,
    });
  }

  private interpret<T>(method: string, outcome: Extract<Attempt, { kind: 'response' }>, schema?: ZodType<T>): AshbyResult<T> {
    const { status, requestId } = outcome;
    const parsed = parseEnvelope(outcome.text, requestId);
    if (status < 200 || status >= 300) {
      const err = parsed.ok === false ? parsed : undefined;
      throw ashbyErrorFor({ method, status, ashbyCode: err?.ashbyCode, ashbyMessage: err?.message, requestId: err?.requestId ?? requestId });
    }
    if (parsed.ok === 'invalid') {
      throw new AshbyApiError('ashby_invalid_response', `Ashby ${method} returned an unreadable response: ${parsed.reason}.`, {
        method,
        status,
        requestId,
      });
    }
    if (parsed.ok === false) {
      throw ashbyErrorFor({ method, status, ashbyCode: parsed.ashbyCode, ashbyMessage: parsed.message, requestId: parsed.requestId });
    }
    if (!schema) return parsed.result as AshbyResult<T>;
    const checked = schema.safeParse(parsed.result.results);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new AshbyApiError(
        'ashby_invalid_response',
        `Ashby ${method} returned an unexpected shape at ${formatPath(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}.`,
        { method, status, requestId: parsed.result.requestId },
      );
    }
    return { ...parsed.result, results: checked.data };
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), 'results');
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ? `${error.message} (${cause.code})` : error.message;
}
