import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadFile } from './download.js';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
let server: http.Server;
let baseUrl: string;
let handlers: Handler[];
let hits: number;

beforeEach(async () => {
  handlers = [];
  hits = 0;
  server = http.createServer((req, res) => {
    const h = handlers[Math.min(hits, handlers.length - 1)];
    hits++;
    h(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

const body = Buffer.from('resume bytes');
const okHandler: Handler = (_req, res) => res.end(body);
const fast = { maxBytes: 1024, timeoutMs: 2000, sleep: async () => {}, random: () => 0 };

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').toBeInstanceOf(Error);
  return error as { code: string; message: string };
}

describe('downloadFile', () => {
  it('downloads the bytes', async () => {
    handlers = [okHandler];
    expect(await downloadFile(`${baseUrl}/f?sig=secret`, fast)).toEqual(body);
  });

  it('retries 503 and a dropped connection, then succeeds', async () => {
    handlers = [(_q, r) => r.writeHead(503).end(), (req) => req.socket.destroy(), okHandler];
    expect(await downloadFile(`${baseUrl}/f`, fast)).toEqual(body);
    expect(hits).toBe(3);
  });

  it('gives up after a few retries with file_download_failed', async () => {
    handlers = [(_q, r) => r.writeHead(500).end()];
    const error = await failure(downloadFile(`${baseUrl}/f`, { ...fast, maxRetries: 2 }));
    expect(error.code).toBe('file_download_failed');
    expect(hits).toBe(3);
  });

  it('does not retry a 403 and never repeats the URL', async () => {
    handlers = [(_q, r) => r.writeHead(403).end()];
    const error = await failure(downloadFile(`${baseUrl}/f?X-Amz-Signature=secret`, fast));
    expect(error.code).toBe('file_download_failed');
    expect(error.message).toContain('expired');
    expect(error.message).not.toContain('secret');
    expect(hits).toBe(1);
  });

  it('refuses a declared Content-Length over the cap', async () => {
    handlers = [(_q, r) => r.writeHead(200, { 'content-length': '4096' }).end(Buffer.alloc(4096))];
    expect((await failure(downloadFile(`${baseUrl}/f`, fast))).code).toBe('file_too_large');
    expect(hits).toBe(1);
  });

  it('aborts a chunked stream once it passes the cap', async () => {
    let closedEarly = false;
    handlers = [
      (req, res) => {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.on('close', () => (closedEarly = !res.writableFinished));
        // An endless stream: only the client's abort ends it.
        const timer = setInterval(() => res.write(Buffer.alloc(256)), 1);
        req.socket.on('close', () => clearInterval(timer));
      },
    ];
    expect((await failure(downloadFile(`${baseUrl}/f`, fast))).code).toBe('file_too_large');
    expect(hits).toBe(1);
    await expect.poll(() => closedEarly).toBe(true);
  });

  it('times out a server that never answers', async () => {
    handlers = [() => undefined];
    const error = await failure(downloadFile(`${baseUrl}/f`, { ...fast, timeoutMs: 100, maxRetries: 1 }));
    expect(error.code).toBe('file_download_failed');
    expect(error.message).toContain('timed out');
    expect(hits).toBe(2);
  });
});
