import { Cron } from 'croner';
import { z } from 'zod';
import { environment, envBool as bool } from '../shared/config.js';
import { AppError } from '../shared/errors.js';

/*
 * The Slack bot's environment. Socket Mode is the default when an app token is present (no public
 * URL needed); HTTP mode mounts `/slack/events` on the product's own server and needs the signing
 * secret. Without a bot token the bot is simply off.
 */

const list = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(/[\s,]+/).map((x) => x.trim()).filter(Boolean));


const SlackEnv = z.object({
  SLACK_BOT_TOKEN: z.string().min(1).optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_APP_TOKEN: z.string().min(1).optional(),
  SLACK_MODE: z.enum(['socket', 'http']).optional(),
  SLACK_API_URL: z.string().url().optional(),
  SLACK_ALLOWED_USERS: list,
  SLACK_ALLOWED_USERGROUPS: list,
  SLACK_ALLOWED_CHANNELS: list,
  SLACK_SHOW_CONTACTS_IN_CHANNELS: bool,
  SLACK_DIGEST_CRON: z.string().min(1).optional(),
  SLACK_DIGEST_CHANNEL: z.string().min(1).optional(),
  SLACK_DIGEST_TZ: z.string().min(1).default('UTC'),
  SLACK_RESULTS_PER_PAGE: z.coerce.number().int().min(1).max(15).default(8),
  REDISCOVERY_ALLOW_WRITES: bool,
});

export interface SlackConfig {
  botToken: string;
  mode: 'socket' | 'http';
  appToken: string | null;
  signingSecret: string | null;
  /** Web API base URL when not https://slack.com/api/ (GovSlack's https://slack-gov.com/api/, or a test double). */
  apiUrl: string | null;
  allowedUsers: string[];
  allowedUsergroups: string[];
  allowedChannels: string[];
  showContactsInChannels: boolean;
  digest: { cron: string; channel: string; timezone: string } | null;
  resultsPerPage: number;
  writesEnabled: boolean;
}

const fail = (message: string) => new AppError('config_invalid', message);

/** The Slack configuration, or null when SLACK_BOT_TOKEN is unset (the bot is off). Bad values fail naming the variable. */
export function loadSlackConfig(env: NodeJS.ProcessEnv = environment()): SlackConfig | null {
  const parsed = SlackEnv.safeParse(env);
  if (!parsed.success) {
    throw fail(`Invalid Slack configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  if (!e.SLACK_BOT_TOKEN) return null;
  const mode = e.SLACK_MODE ?? (e.SLACK_APP_TOKEN ? 'socket' : 'http');
  if (mode === 'socket' && !e.SLACK_APP_TOKEN) {
    throw fail('SLACK_MODE=socket needs SLACK_APP_TOKEN (an xapp-… app-level token with connections:write); or set SLACK_MODE=http with SLACK_SIGNING_SECRET.');
  }
  if (mode === 'http' && !e.SLACK_SIGNING_SECRET) {
    throw fail('Slack HTTP mode needs SLACK_SIGNING_SECRET (Basic Information → Signing Secret); or set SLACK_APP_TOKEN for Socket Mode.');
  }
  let digest: SlackConfig['digest'] = null;
  if (e.SLACK_DIGEST_CRON) {
    if (!e.SLACK_DIGEST_CHANNEL) throw fail('SLACK_DIGEST_CRON is set but SLACK_DIGEST_CHANNEL is not: give the channel id (C…) the digest is posted to.');
    try {
      new Intl.DateTimeFormat('en', { timeZone: e.SLACK_DIGEST_TZ });
      new Cron(e.SLACK_DIGEST_CRON, { timezone: e.SLACK_DIGEST_TZ, paused: true }).stop();
    } catch (err) {
      throw fail(`SLACK_DIGEST_CRON / SLACK_DIGEST_TZ invalid (${(err as Error).message}); use a cron expression such as "0 9 * * 1-5" and an IANA zone such as "Europe/Berlin".`);
    }
    digest = { cron: e.SLACK_DIGEST_CRON, channel: e.SLACK_DIGEST_CHANNEL, timezone: e.SLACK_DIGEST_TZ };
  }
  return {
    botToken: e.SLACK_BOT_TOKEN,
    mode,
    appToken: e.SLACK_APP_TOKEN ?? null,
    signingSecret: e.SLACK_SIGNING_SECRET ?? null,
    apiUrl: e.SLACK_API_URL ?? null,
    allowedUsers: e.SLACK_ALLOWED_USERS,
    allowedUsergroups: e.SLACK_ALLOWED_USERGROUPS,
    allowedChannels: e.SLACK_ALLOWED_CHANNELS,
    showContactsInChannels: e.SLACK_SHOW_CONTACTS_IN_CHANNELS,
    digest,
    resultsPerPage: e.SLACK_RESULTS_PER_PAGE,
    writesEnabled: e.REDISCOVERY_ALLOW_WRITES,
  };
}
