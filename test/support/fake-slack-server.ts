import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeSlack } from './slack/fake-slack.js';

/*
 * The fake Slack of test/support/slack on a loopback port, for a bot running in another process:
 * point the product's SLACK_API_URL at `${url}/api/` and put `${url}/hooks/…` in payloads as their
 * response_url. Every call lands in `slack.calls` exactly as with the in-process fake.
 */
export async function startFakeSlackServer(): Promise<{ slack: FakeSlack; url: string; responseUrl: string; close(): Promise<void> }> {
  const slack = new FakeSlack();
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = req.url ?? '/';
    // FakeSlack tells Web API calls from response_url posts by host, as the real Slack has them.
    const target = path.startsWith('/hooks/') ? `https://hooks.slack.test/${path.slice('/hooks/'.length)}` : `https://slack.com${path}`;
    const answer = await slack.fetch(target, { method: 'POST', body: Buffer.concat(chunks).toString('utf8') });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
    res.end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    slack,
    url,
    responseUrl: `${url}/hooks/commands/T1/1/abc`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
