import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback webhook receiver for tests: records raw bodies and headers, answers with `respond`. */
export async function startReceiver(respond: (n: number) => number = () => 200) {
  const received: Array<{ body: string; signature: string | undefined; status: number }> = [];
  let count = 0;
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = respond(++count);
      received.push({ body: Buffer.concat(chunks).toString('utf8'), signature: req.headers['ashby-signature'] as string | undefined, status });
      res.writeHead(status).end();
      for (const w of waiters.filter((w) => received.length >= w.n)) w.resolve();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/ashby`,
    received,
    /** Resolve once at least n requests have arrived. */
    waitFor: (n: number) => new Promise<void>((resolve) => (received.length >= n ? resolve() : waiters.push({ n, resolve }))),
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
