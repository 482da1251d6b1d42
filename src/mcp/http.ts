import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { logger } from '../shared/logger.js';
import type { ProductApi } from '../app/product-api.js';
import { createServer } from './server.js';

/*
 * MCP over Streamable HTTP, stateless: every POST gets a fresh server and transport (a transport
 * cannot be reused across requests, and no server→client notifications are needed). Mounted at
 * `/mcp` by the main `serve` HTTP server. Every request needs the bearer token; browsers' cross-site
 * requests are refused by Origin (DNS-rebinding protection), while non-browser clients send none.
 */

/**
 * The largest tool call is a pasted job description (20,000 characters, at most ~120 KB as JSON), so
 * 256 KiB refuses nothing legitimate while keeping a request's parse and validation cheap.
 */
const MCP_MAX_BODY_BYTES = 256 * 1024;

interface McpHttpOptions {
  /** The product as `mcp:http` sees it. */
  api: ProductApi;
  token: string;
  /** Extra allowed Origin values (exact match); absent Origin and loopback origins are always allowed. */
  allowedOrigins?: string[];
  maxBodyBytes?: number;
}

const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

/** True when a request's Origin may call the server. */
export function originAllowed(origin: string | undefined, allowed: string[] = []): boolean {
  if (origin === undefined) return true;
  return LOOPBACK_ORIGIN.test(origin) || allowed.includes(origin);
}

/** Constant-time check of an `Authorization: Bearer …` header (hashing first equalises lengths). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!m) return false;
  const a = createHash('sha256').update(m[1].trim()).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

function reject(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}

/**
 * Answer 413 at once and discard the rest of the body unread. The connection is not closed on the
 * client while it is still sending (it would see EPIPE instead of the 413); the server's request
 * timeout bounds a client that never stops.
 */
function rejectTooLarge(req: IncomingMessage, res: ServerResponse, limit: number): void {
  reject(res, 413, `Request body larger than ${limit} bytes: tool arguments are limited (ids 100 characters, text 2,000, lists 100 values).`);
  req.resume();
}

/**
 * The body, or 'too_large' as soon as it passes `limit`. The stream is left flowing (the rest is
 * discarded) rather than destroyed, so the 413 still reaches the client.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve('too_large');
      } else chunks.push(chunk);
    });
    req.once('end', () => resolve(over ? 'too_large' : Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/** Handle one request to `/mcp`: checks Origin and token, then serves it with a fresh server. */
export async function handleMcpHttp(req: IncomingMessage, res: ServerResponse, opts: McpHttpOptions): Promise<void> {
  if (!originAllowed(req.headers.origin, opts.allowedOrigins)) {
    return reject(res, 403, `Origin ${req.headers.origin} is not allowed. Allowed: loopback origins${opts.allowedOrigins?.length ? `, ${opts.allowedOrigins.join(', ')}` : ''}.`);
  }
  if (!bearerMatches(req.headers.authorization, opts.token)) {
    return reject(res, 401, 'Missing or wrong bearer token: send "Authorization: Bearer <token>" (MCP_BEARER_TOKEN, or the token in <dataDir>/mcp-token).', {
      'www-authenticate': 'Bearer realm="rediscovery-mcp"',
    });
  }
  if (req.method !== 'POST') {
    return reject(res, 405, 'Method not allowed: this stateless MCP endpoint accepts POST only.', { allow: 'POST' });
  }
  const limit = opts.maxBodyBytes ?? MCP_MAX_BODY_BYTES;
  // A declared length over the limit is refused before a byte of the body is read.
  if (Number(req.headers['content-length'] ?? 0) > limit) return rejectTooLarge(req, res, limit);
  const raw = await readBody(req, limit);
  if (raw === 'too_large') return rejectTooLarge(req, res, limit);
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32700, message: 'Parse error: body is not JSON' }, id: null }));
    return;
  }
  const server = createServer(opts.api);
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  res.on('close', () => {
    void transport.close().catch(() => undefined);
    void server.close().catch(() => undefined);
  });
  try {
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
  } catch (err) {
    logger.error({ err: err instanceof Error ? err.message : String(err) }, 'mcp http request failed');
    if (!res.headersSent) reject(res, 500, 'Internal error');
  }
}
