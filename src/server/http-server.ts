import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../shared/errors.js';
import { logger } from '../shared/logger.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** Routes are `METHOD /path` (exact) or `* /path` for any method. Later doors (/mcp, /slack/events) mount here. */
export type Routes = Record<string, Handler>;

/** The one HTTP server of `rediscovery serve`. */
export async function startHttpServer(routes: Routes, opts: { port: number; host: string }): Promise<{ server: http.Server; url: string; port: number; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const handler = routes[`${req.method} ${path}`] ?? routes[`* ${path}`];
    if (!handler) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'not_found', message: `No route for ${req.method} ${path}` }));
      return;
    }
    Promise.resolve(handler(req, res)).catch((error) => {
      logger.error({ route: path, err: (error as Error).message }, 'request failed');
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'internal', message: 'Internal error' }));
      } else res.end();
    });
  });
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new AppError('config_invalid', `Port ${opts.port} on ${opts.host} is already in use: stop what listens there, or set REDISCOVERY_PORT (or --port) to a free port`, { cause: error })
          : error,
      ),
    );
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    server,
    port,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
