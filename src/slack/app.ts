import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, LogLevel, type webApi } from '@slack/bolt';
import { logger } from '../shared/logger.js';
import { AccessControl } from './access.js';
import type { SlackConfig } from '../shared/config.js';
import { SessionStore } from './conversation/sessions.js';
import type { ProductApiFor } from '../app/product-api.js';
import { scheduleDigests, type DigestSchedule } from './digest/schedule.js';
import { registerActions } from './handlers/actions.js';
import type { BotContext } from './handlers/bot-context.js';
import { CHANNEL_ACTOR } from './handlers/flows.js';
import { registerCommands } from './handlers/commands.js';
import { registerConversation } from './handlers/conversation.js';

export interface CreateSlackAppOptions {
  /** The product API per actor (`slack:U123`; `slack` for what a channel may see). */
  api: ProductApiFor;
  config: SlackConfig;
  /** Web API client options: tests pass `fetch` (a fake Slack) and `retryConfig: { retries: 0 }`. */
  clientOptions?: webApi.WebClientOptions;
  /** With both ids Bolt skips its `auth.test` call (tests; or to save a call at start-up). */
  botId?: string;
  botUserId?: string;
}

export interface SlackApp {
  app: App;
  mode: 'socket' | 'http';
  /** HTTP mode: the `/slack/events` handler to mount on the product's server (verifies signatures; 401 otherwise). */
  handleSlackHttp: ((req: IncomingMessage, res: ServerResponse) => void) | null;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Start the digest schedule (no-op without SLACK_DIGEST_CRON); returns it for tests and status. */
  startDigests(): DigestSchedule | null;
}

const SLACK_TIMESTAMP_WINDOW_SEC = 5 * 60;

/**
 * Slack's replay guard is |now − X-Slack-Request-Timestamp| ≤ 5 minutes; Bolt's HTTPReceiver checks
 * only that the stamp is not too old, so one signed for the future would be accepted. A missing
 * stamp is left to Bolt, which refuses it.
 */
function timestampWithinWindow(header: string | string[] | undefined, nowMs: number): boolean {
  if (header === undefined) return true;
  const stamp = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(stamp) && Math.abs(nowMs / 1000 - stamp) <= SLACK_TIMESTAMP_WINDOW_SEC;
}

/**
 * The Bolt app. Socket Mode opens an outbound WebSocket (no public URL). HTTP mode uses Bolt's own
 * HTTPReceiver without letting it listen: its request listener is mounted on the product's server,
 * so signature checks (HMAC over `v0:{ts}:{body}`, 5-minute window) and acks are Bolt's own.
 */
export function createSlackApp(opts: CreateSlackAppOptions): SlackApp {
  const { config } = opts;
  const channel = opts.api(CHANNEL_ACTOR);
  const verified = opts.botId && opts.botUserId ? { botId: opts.botId, botUserId: opts.botUserId, tokenVerificationEnabled: false } : {};
  const clientOptions = config.apiUrl ? { slackApiUrl: config.apiUrl, ...opts.clientOptions } : opts.clientOptions;
  const common = { token: config.botToken, logLevel: LogLevel.ERROR, clientOptions, ...verified };

  let receiver: HTTPReceiver | null = null;
  let app: App;
  if (config.mode === 'http') {
    receiver = new HTTPReceiver({ signingSecret: config.signingSecret!, endpoints: '/slack/events', logLevel: LogLevel.ERROR });
    app = new App({ ...common, receiver });
  } else {
    app = new App({ ...common, appToken: config.appToken!, socketMode: true });
  }

  const bot: BotContext = {
    env: {
      api: opts.api,
      sessions: new SessionStore(() => channel.now().getTime()),
      perPage: config.resultsPerPage,
      writesEnabled: config.writesEnabled,
      showContactsInChannels: config.showContactsInChannels,
    },
    access: new AccessControl(
      { allowedUsers: config.allowedUsers, allowedUsergroups: config.allowedUsergroups, allowedChannels: config.allowedChannels },
      async (usergroup) => (await app.client.usergroups.users.list({ usergroup })).users ?? [],
      () => channel.now().getTime(),
    ),
  };
  registerConversation(app, bot);
  registerCommands(app, bot);
  registerActions(app, bot);
  // Listeners catch their own errors; this is the net for anything else (Bolt middleware, auth).
  app.error(async (error) => {
    logger.error({ code: (error as { code?: string }).code, err: error.message }, 'slack app error');
  });

  let digests: DigestSchedule | null = null;
  return {
    app,
    mode: config.mode,
    handleSlackHttp: receiver
      ? (req, res) => {
          if (!timestampWithinWindow(req.headers['x-slack-request-timestamp'], Date.now())) {
            res.writeHead(401, { 'content-type': 'text/plain' }).end('Request timestamp is more than 5 minutes from now.');
            return;
          }
          return receiver!.requestListener(req, res);
        }
      : null,
    async start() {
      if (config.mode === 'socket') await app.start();
    },
    async stop() {
      digests?.stop();
      digests = null;
      if (config.mode === 'socket') await app.stop();
    },
    startDigests() {
      if (!config.digest || digests) return digests;
      digests = scheduleDigests({
        ...config.digest,
        api: channel,
        post: async (channel, digest) => {
          await app.client.chat.postMessage({ channel, text: digest.text, blocks: digest.blocks });
        },
      });
      return digests;
    },
  };
}
