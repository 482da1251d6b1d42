import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FakeApiError } from './api-error.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID-shaped request id, like Ashby's `x-ashby-request-id`. */
export function ulid(now = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const random = randomBytes(16);
  let rest = '';
  for (let i = 0; i < 16; i++) rest += CROCKFORD[random[i] % 32];
  return time + rest;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** Read and parse a JSON object body; an empty body is `{}`. */
export async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new FakeApiError('invalid_input', `Request body larger than ${MAX_BODY_BYTES} bytes`, 413);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FakeApiError('invalid_input', 'Request body is not valid JSON', 400);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new FakeApiError('invalid_input', 'Request body must be a JSON object', 400);
  return parsed as Record<string, unknown>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(bytes.length), ...headers });
  res.end(bytes);
}

/** Ashby's error envelope: both the legacy `errors` array and `errorInfo`. */
export function errorEnvelope(code: string, message: string, requestId: string): Record<string, unknown> {
  return { success: false, errors: [code], errorInfo: { code, message, requestId, meta: {} } };
}

type BasicAuth = { kind: 'missing' } | { kind: 'malformed' } | { kind: 'key'; key: string };

/** HTTP Basic with the key as user name; the password is ignored (Airbyte sends the key there too). */
export function parseBasicAuth(header: string | undefined): BasicAuth {
  if (!header) return { kind: 'missing' };
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header);
  if (!match) return { kind: 'malformed' };
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const key = colon >= 0 ? decoded.slice(0, colon) : decoded;
  if (!key || colon < 0) return { kind: 'malformed' };
  return { kind: 'key', key };
}
