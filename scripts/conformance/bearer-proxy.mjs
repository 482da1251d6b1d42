#!/usr/bin/env node
// A loopback proxy that adds `Authorization: Bearer <token>` to every request and forwards it, with
// every other header as the client sent it (Host and Origin included), to one target URL.
// Why: the official MCP conformance suite (0.1.16) sends no credentials, while serve's /mcp always
// requires the bearer token. Through this proxy the suite exercises the product as an authenticated
// client would, and its DNS-rebinding scenario still reaches the product's own Origin check.
// Usage: MCP_BEARER_TOKEN=… node scripts/conformance/bearer-proxy.mjs http://127.0.0.1:PORT/mcp
// Prints "bearer-proxy listening on http://127.0.0.1:P/mcp" once it listens; stops on SIGTERM.
import http from 'node:http';

const target = new URL(process.argv[2] ?? '');
const token = process.env.MCP_BEARER_TOKEN;
if (!token) {
  process.stderr.write('bearer-proxy: MCP_BEARER_TOKEN is not set\n');
  process.exit(2);
}

const server = http.createServer((req, res) => {
  const upstream = http.request(
    { hostname: target.hostname, port: target.port, path: target.pathname, method: req.method, headers: { ...req.headers, authorization: `Bearer ${token}` } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', (err) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`bearer-proxy: ${err.message}`);
  });
  req.pipe(upstream);
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  process.stdout.write(`bearer-proxy listening on http://127.0.0.1:${port}${target.pathname}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
