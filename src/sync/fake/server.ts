import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN_OPS, createAdmin, defaultFaults, type FakeAdmin, type FaultKnobs } from './admin.js';
import { FakeApiError } from './api-error.js';
import { ALL_SCOPES, ENDPOINTS } from './endpoints.js';
import { errorEnvelope, parseBasicAuth, readJsonBody, sendJson, ulid } from './http-util.js';
import { Prng } from './prng.js';
import { RateLimiter } from './rate-limit.js';
import { contentTypeOf, renderFile } from './resume-pdf.js';
import { seedAccount } from './seed.js';
import type { FakeState } from './state.js';
import { WebhookEmitter, type WebhookConfig } from './webhooks.js';

export interface FakeAshbyOptions {
  port?: number;
  host?: '127.0.0.1';
  seed?: number;
  candidates?: number;
  corpus?: string;
  corpusLimit?: number;
  apiKey?: string;
  /** Scopes of `apiKey`; default all read scopes plus candidatesWrite. */
  scopes?: string[];
  faultRate?: number;
  latencyMs?: number;
  rateLimitPerMinute?: number;
  /** Retry-After (seconds) on injected 429s. */
  retryAfterSeconds?: number;
  webhook?: WebhookConfig;
  /** Use this account instead of seeding one. */
  state?: FakeState;
  /** Wall clock for rate-limit windows and file URL expiry. */
  now?: () => number;
}

export interface FakeAshby {
  /** Base URL, e.g. http://127.0.0.1:43123 (what ASHBY_BASE_URL should be). */
  url: string;
  apiKey: string;
  state: FakeState;
  admin: FakeAdmin;
  /** Mutable fault and pagination knobs (same object the admin API's setFaults edits). */
  faults: FaultKnobs;
  webhooks: WebhookEmitter;
  close(): Promise<void>;
}

export const DEFAULT_FAKE_API_KEY = 'fake-ashby-demo-key';
const FILE_URL_TTL_MS = 5 * 60_000;

/** Start the fake Ashby on loopback (port 0 = a free port). */
export async function startFakeAshby(options: FakeAshbyOptions = {}): Promise<FakeAshby> {
  const now = options.now ?? Date.now;
  const state = options.state ?? seedAccount({ seed: options.seed, candidates: options.candidates, corpus: options.corpus, corpusLimit: options.corpusLimit, now });
  const apiKey = options.apiKey ?? DEFAULT_FAKE_API_KEY;
  const apiKeys = new Map<string, string[]>([[apiKey, options.scopes ?? ALL_SCOPES]]);
  const faults: FaultKnobs = {
    ...defaultFaults(),
    faultRate: options.faultRate ?? 0,
    latencyMs: options.latencyMs ?? 0,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 1000,
    retryAfterSeconds: options.retryAfterSeconds ?? 1,
  };
  const webhooks = new WebhookEmitter();
  const admin = createAdmin({ state, webhooks, faults, apiKeys });
  const limiter = new RateLimiter(now);
  const faultRng = new Prng((options.seed ?? 1) ^ 0x5eed);
  const fileSecret = randomBytes(16);
  let baseUrl = '';

  const signFile = (payload: string) => createHmac('sha256', fileSecret).update(payload).digest('base64url');
  const fileUrl = (fileId: string) => {
    const payload = Buffer.from(JSON.stringify({ f: fileId, x: now() + FILE_URL_TTL_MS })).toString('base64url');
    return `${baseUrl}/files/${payload}.${signFile(payload)}`;
  };

  async function serveFile(token: string, res: ServerResponse, requestId: string): Promise<void> {
    const [payload, sig] = token.split('.');
    const expected = payload ? signFile(payload) : '';
    const valid = !!sig && sig.length === expected.length && timingSafeEqual(Buffer.from(sig), Buffer.from(expected));
    const parsed = valid ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { f: string; x: number }) : null;
    if (!parsed) return sendJson(res, 403, errorEnvelope('forbidden', 'Invalid download URL signature', requestId));
    if (parsed.x < now()) return sendJson(res, 403, errorEnvelope('url_expired', 'Download URL expired; call file.info again', requestId));
    const file = state.files.get(parsed.f);
    if (!file) return sendJson(res, 404, errorEnvelope('file_not_found', 'File not found', requestId));
    const bytes = await renderFile(file.render);
    res.writeHead(200, { 'content-type': contentTypeOf(file.render), 'content-length': String(bytes.length), 'content-disposition': `attachment; filename="${file.name.replace(/"/g, '')}"` });
    res.end(bytes);
  }

  /** Maybe answer with an injected fault; true when the request was consumed. */
  function injectFault(req: IncomingMessage, res: ServerResponse, requestId: string): boolean {
    if (faults.faultRate <= 0 || faultRng.next() >= faults.faultRate || faults.faultKinds.length === 0) return false;
    const kind = faultRng.pick(faults.faultKinds);
    if (kind === 'drop') {
      req.socket.destroy();
      return true;
    }
    if (kind === '429') {
      sendJson(res, 429, errorEnvelope('rate_limit_exceeded', 'Rate limit exceeded, retry later', requestId), { 'retry-after': String(faults.retryAfterSeconds) });
      return true;
    }
    const status = Number(kind);
    if (status === 500) sendJson(res, 500, errorEnvelope('internal_server_error', 'Internal server error', requestId));
    else {
      res.writeHead(status, { 'content-type': 'text/html' });
      res.end(`<html><body><h1>${status} ${status === 502 ? 'Bad Gateway' : 'Service Unavailable'}</h1></body></html>`);
    }
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = ulid(now());
    res.setHeader('x-ashby-request-id', requestId);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path.startsWith('/files/')) return serveFile(path.slice('/files/'.length), res, requestId);
    if (req.method !== 'POST') return sendJson(res, 404, errorEnvelope('not_found', `No route ${req.method} ${path}; the API is POST /<category>.<method>`, requestId));

    const name = path.slice(1);
    const isAdmin = name.startsWith('admin/');
    if (!isAdmin) {
      if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
      if (injectFault(req, res, requestId)) return;
    }

    const auth = parseBasicAuth(req.headers.authorization);
    if (auth.kind !== 'key') {
      return sendJson(res, 401, errorEnvelope('unauthenticated', 'Missing or malformed Authorization header: send HTTP Basic auth with the API key as the user name and an empty password', requestId));
    }
    const scopes = apiKeys.get(auth.key);
    if (!scopes) return sendJson(res, 403, errorEnvelope('invalid_api_key', 'The API key is not valid or has been deactivated', requestId));

    const headers: Record<string, string> = {};
    if (!isAdmin) {
      const rate = limiter.hit(auth.key, faults.rateLimitPerMinute);
      headers['x-ratelimit-limit'] = String(rate.limit);
      headers['x-ratelimit-remaining'] = String(rate.remaining);
      headers['x-ratelimit-reset'] = String(Math.ceil(rate.resetAtMs / 1000));
      if (!rate.allowed) {
        const retryAfter = Math.max(1, Math.ceil((rate.resetAtMs - now()) / 1000));
        return sendJson(res, 429, errorEnvelope('rate_limit_exceeded', `Rate limit of ${rate.limit} requests per minute exceeded`, requestId), { ...headers, 'retry-after': String(retryAfter) });
      }
    }

    try {
      if (isAdmin) {
        const op = name.slice('admin/'.length) as (typeof ADMIN_OPS)[number];
        if (!(ADMIN_OPS as readonly string[]).includes(op)) throw new FakeApiError('not_found', `Unknown admin operation ${op}; known: ${ADMIN_OPS.join(', ')}`, 404);
        const body = await readJsonBody(req);
        const results = (admin[op] as (b: Record<string, unknown>) => unknown)(body);
        return sendJson(res, 200, { success: true, results });
      }
      const endpoint = ENDPOINTS[name];
      if (!endpoint) throw new FakeApiError('not_found', `Unknown endpoint ${name}`, 404);
      if (endpoint.scope && !scopes.includes(endpoint.scope)) {
        throw new FakeApiError('missing_endpoint_permission', `The API key lacks the ${endpoint.scope} permission needed for ${name}`, 403);
      }
      const body = await readJsonBody(req);
      const result = endpoint.handler({ state, body, faults, admin, apiKey: { key: auth.key, scopes }, fileUrl });
      return sendJson(res, 200, { success: true, ...result }, headers);
    } catch (error) {
      if (error instanceof FakeApiError) return sendJson(res, error.httpStatus, errorEnvelope(error.code, error.message, requestId), headers);
      return sendJson(res, 500, errorEnvelope('internal_server_error', 'Internal server error', requestId), headers);
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, errorEnvelope('internal_server_error', 'Internal server error', 'unknown'));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${address.port}`;
  if (options.webhook) webhooks.configure(options.webhook);

  return {
    url: baseUrl,
    apiKey,
    state,
    admin,
    faults,
    webhooks,
    async close() {
      webhooks.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
