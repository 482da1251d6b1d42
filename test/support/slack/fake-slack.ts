import { createHmac } from 'node:crypto';

/*
 * A fake Slack for tests, at the two boundaries Bolt talks through: the Web API (a `fetch` passed as
 * `clientOptions.fetch`, which Bolt also uses for `respond()`), and signed requests into the receiver.
 * Every call is recorded; `waitFor` resolves when a matching call arrives, so tests need no sleeps.
 */

export const RESPONSE_URL = 'https://hooks.slack.test/commands/T1/1/abc';
const UPLOAD_HOST = 'https://files.slack.test/upload/';

export interface RecordedCall {
  kind: 'api' | 'upload' | 'response_url';
  /** Web API method (`chat.postMessage`), or the URL for uploads and response_url posts. */
  method: string;
  body: Record<string, unknown>;
  bytes?: number;
}

function decodeForm(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(text)) {
    out[k] = /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return out;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

const ok = (data: Record<string, unknown>) => new Response(JSON.stringify({ ok: true, ...data }), { status: 200, headers: { 'content-type': 'application/json' } });

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  private waiters: { match: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }[] = [];
  private ts = 1_700_000_000;
  private fileSeq = 0;
  /** usergroups.users.list answers, by group id. */
  usergroups: Record<string, string[]> = {};

  /** The `fetch` for `clientOptions.fetch`. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith(UPLOAD_HOST)) {
      const body = init?.body;
      const bytes = body instanceof FormData ? [...body.values()].reduce((n, v) => n + (typeof v === 'string' ? v.length : v.size), 0) : String(body ?? '').length;
      this.record({ kind: 'upload', method: url, body: {}, bytes });
      return new Response('OK', { status: 200 });
    }
    if (url.startsWith('https://hooks.slack.test/')) {
      this.record({ kind: 'response_url', method: url, body: JSON.parse(String(init?.body ?? '{}')) });
      return new Response('ok', { status: 200 });
    }
    const method = url.replace(/^.*\/api\//, '');
    const body = init?.body instanceof FormData ? Object.fromEntries([...init.body.entries()].map(([k, v]) => [k, typeof v === 'string' ? safeJson(v) : '[binary]'])) : decodeForm(String(init?.body ?? ''));
    this.record({ kind: 'api', method, body });
    return this.answer(method, body);
  };

  private answer(method: string, body: Record<string, unknown>): Response {
    switch (method) {
      case 'auth.test':
        return ok({ user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'rediscovery' });
      case 'chat.postMessage':
        return ok({ channel: body.channel, ts: `${++this.ts}.000100` });
      case 'conversations.open':
        return ok({ channel: { id: `D${String(body.users)}` } });
      case 'files.getUploadURLExternal': {
        const id = `F${++this.fileSeq}`;
        return ok({ upload_url: `${UPLOAD_HOST}${id}`, file_id: id });
      }
      case 'files.completeUploadExternal':
        return ok({ files: (body.files as { id: string }[] | undefined)?.map((f) => ({ id: f.id })) ?? [] });
      case 'usergroups.users.list':
        return ok({ users: this.usergroups[String(body.usergroup)] ?? [] });
      default:
        return ok({});
    }
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    for (const w of [...this.waiters]) {
      if (w.match(call)) {
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve(call);
      }
    }
  }

  /** Calls of one Web API method (or kind). */
  api(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.kind === 'api' && c.method === method);
  }

  of(kind: RecordedCall['kind']): RecordedCall[] {
    return this.calls.filter((c) => c.kind === kind);
  }

  /** Resolves with the first call (already recorded, or future) that matches. */
  waitFor(match: (c: RecordedCall) => boolean): Promise<RecordedCall> {
    const hit = this.calls.find(match);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  /** Resolves with the n-th matching call (1-based). */
  waitForNth(n: number, match: (c: RecordedCall) => boolean): Promise<RecordedCall> {
    const hits = this.calls.filter(match);
    if (hits.length >= n) return Promise.resolve(hits[n - 1]!);
    return new Promise((resolve) => {
      let seen = hits.length;
      this.waiters.push({
        match: (c) => match(c) && ++seen >= n,
        resolve,
      });
    });
  }
}

/** Slack's request signature: `v0=` + HMAC-SHA256(secret, `v0:{ts}:{body}`). */
export function signSlack(secret: string, timestamp: number, body: string): string {
  return 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
}

/** POST a signed request to the bot's endpoint, as Slack would. */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  opts: { contentType: 'json' | 'form'; timestamp?: number; signature?: string },
): Promise<{ status: number; text: string }> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': opts.contentType === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': opts.signature ?? signSlack(secret, ts, body),
    },
    body,
  });
  return { status: res.status, text: await res.text() };
}

/** Payload builders with stable ids (T1, C1, U1). */
export const slackPayloads = {
  command(text: string, user = 'U1', channel = 'C1'): string {
    return new URLSearchParams({
      token: 'x',
      team_id: 'T1',
      team_domain: 'acme',
      channel_id: channel,
      channel_name: 'recruiting',
      user_id: user,
      user_name: 'riley',
      command: '/rediscover',
      text,
      api_app_id: 'A1',
      response_url: RESPONSE_URL,
      trigger_id: '1.2.3',
    }).toString();
  },
  event(event: Record<string, unknown>, eventId: string): string {
    return JSON.stringify({ token: 'x', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1, event: { ...event, event_ts: event.ts } });
  },
  action(action: Record<string, unknown>, opts: { user?: string; channel?: string; ephemeral?: boolean; messageTs?: string; threadTs?: string } = {}): string {
    const channel = opts.channel ?? 'C1';
    const payload = {
      type: 'block_actions',
      team: { id: 'T1', domain: 'acme' },
      user: { id: opts.user ?? 'U1', username: 'riley', team_id: 'T1' },
      api_app_id: 'A1',
      token: 'x',
      trigger_id: '1.2.3',
      container: opts.ephemeral ? { type: 'message', message_ts: '1.1', channel_id: channel, is_ephemeral: true } : { type: 'message', message_ts: opts.messageTs ?? '1.1', channel_id: channel, is_ephemeral: false },
      channel: { id: channel, name: 'recruiting' },
      ...(opts.ephemeral ? {} : { message: { type: 'message', ts: opts.messageTs ?? '1.1', ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}), text: 'results' } }),
      response_url: RESPONSE_URL,
      actions: [{ block_id: 'b1', action_ts: '1.2', ...action }],
    };
    return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  },
};
