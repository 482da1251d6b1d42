import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Test support: a loopback server that answers each request with the next scripted reply. */

export type Reply =
  | { status?: number; body?: unknown; headers?: Record<string, string> }
  | { drop: true }
  | { hang: true };

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}

export interface ReplayServer {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Queue replies; the last one repeats once the queue runs dry. */
  reply(...replies: Reply[]): void;
  close(): Promise<void>;
}

export async function startReplayServer(): Promise<ReplayServer> {
  const queue: Reply[] = [];
  let last: Reply = { status: 500, body: { success: false, errors: ['no_reply_scripted'] } };
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      requests.push({ path: req.url ?? '', headers: req.headers, body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {} });
      const r = queue.shift() ?? last;
      last = r;
      if ('drop' in r) return req.socket.destroy();
      if ('hang' in r) return;
      const payload = typeof r.body === 'string' ? r.body : JSON.stringify(r.body ?? {});
      res.writeHead(r.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...r.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    reply: (...replies) => queue.push(...replies),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A recorded-shape Ashby response from this folder. */
export function fixture(name: string): Record<string, unknown> {
  const file = fileURLToPath(new URL(`./${name}.json`, import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}
