import { startHttpServer } from '../../../src/server/http-server.js';
import { createSlackDoor } from '../../../src/slack/index.js';
import type { SlackConfig } from '../../../src/shared/config.js';
import { FakeSlack, postSigned } from './fake-slack.js';
import { fakeApiFor, SIGNING_SECRET, type SlackDeps } from './fake-deps.js';

/** The bot in HTTP mode, mounted like `rediscovery serve` mounts it, on a loopback server with a fake Slack. */
export async function startBot(deps: SlackDeps, config: SlackConfig) {
  const fake = new FakeSlack();
  const door = createSlackDoor({ api: fakeApiFor(deps), config, clientOptions: { fetch: fake.fetch, retryConfig: { retries: 0 } }, botId: 'B1', botUserId: 'UBOT' })!;
  const server = await startHttpServer(door.routes ?? {}, { port: 0, host: '127.0.0.1' });
  await door.start();
  const url = `${server.url}/slack/events`;
  return {
    fake,
    door,
    url,
    send: (body: string, contentType: 'json' | 'form') => postSigned(url, SIGNING_SECRET, body, { contentType }),
    async close() {
      await door.stop();
      await server.close();
    },
  };
}
