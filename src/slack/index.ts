import type { IncomingMessage, ServerResponse } from 'node:http';
import { logger } from '../shared/logger.js';
import { createSlackApp, type CreateSlackAppOptions, type SlackApp } from './app.js';
import type { SlackConfig } from '../shared/config.js';

export { createSlackApp } from './app.js';
export type { SlackConfig } from '../shared/config.js';
export { buildDigest } from './digest/build-digest.js';
export { scheduleDigests } from './digest/schedule.js';

/** The shape `src/server/serve.ts` mounts (its `Door`), repeated here so this module does not depend on the server. */
interface SlackDoor {
  name: 'slack';
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void> | void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  describe(baseUrl: string): string;
  /** The Bolt app, for tests and diagnostics. */
  slack: SlackApp;
}

/**
 * The Slack door of `rediscovery serve`, or null when Slack is not configured (no SLACK_BOT_TOKEN:
 * `AppConfig.slack` is null). HTTP mode adds `POST /slack/events`; Socket Mode adds no route.
 */
export function createSlackDoor(opts: Omit<CreateSlackAppOptions, 'config'> & { config: SlackConfig | null }): SlackDoor | null {
  if (!opts.config) return null;
  const config = opts.config;
  const slack = createSlackApp({ ...opts, config });
  const handler = slack.handleSlackHttp;
  return {
    name: 'slack',
    slack,
    ...(handler ? { routes: { 'POST /slack/events': (req: IncomingMessage, res: ServerResponse) => handler(req, res) } } : {}),
    async start() {
      await slack.start();
      const digests = slack.startDigests();
      if (digests) logger.info({ next: digests.nextRun()?.toISOString() }, 'slack digests scheduled');
    },
    stop: () => slack.stop(),
    describe(baseUrl) {
      const digest = config.digest ? `; digest "${config.digest.cron}" (${config.digest.timezone}) to ${config.digest.channel}` : '';
      return config.mode === 'http'
        ? `POST ${baseUrl}/slack/events   (Slack bot, HTTP mode: set it as the Request URL of events, /rediscover and interactivity${digest})`
        : `Slack bot connected in Socket Mode (no public URL needed${digest})`;
    },
  };
}
