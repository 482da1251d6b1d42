import fs from 'node:fs';
import path from 'node:path';
import { Cron } from 'croner';
import { z } from 'zod';
import { AppError } from './errors.js';

const TRUE = ['true', '1', 'yes'];
const FALSE = ['false', '0', 'no'];
/**
 * A strict on/off variable: unset is false; true/false/1/0/yes/no (any case) are accepted; anything
 * else fails start-up, because a typo such as `ture` silently meaning "off" hides a misconfiguration.
 */
const envBool = z
  .string()
  .optional()
  .superRefine((v, ctx) => {
    if (v !== undefined && v.trim() !== '' && ![...TRUE, ...FALSE].includes(v.trim().toLowerCase())) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a boolean: use true/false, 1/0 or yes/no` });
    }
  })
  .transform((v) => v !== undefined && TRUE.includes(v.trim().toLowerCase()));

/** A comma-separated list; blanks dropped. */
const csv = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean));

/** Slack ids separated by commas or spaces (`U1, U2` or `C1 C2`); blanks dropped. */
const idList = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(/[\s,]+/).map((x) => x.trim()).filter(Boolean));

/** Who may see confidential jobs: `all`, or actors (Slack user ids, `slack:U…`, `mcp:http`, `mcp:stdio`, `cli`). */
export interface ConfidentialAccess {
  all: boolean;
  actors: string[];
}

const ACCESS_ENTRY = /^(all|[UW][A-Z0-9]{2,}|slack:[UW][A-Z0-9]{2,}|mcp:(http|stdio)|cli)$/;
const confidentialAccess = z
  .string()
  .optional()
  .superRefine((v, ctx) => {
    const bad = (v ?? '').split(',').map((e) => e.trim()).filter((e) => e && !ACCESS_ENTRY.test(e));
    if (bad.length) ctx.addIssue({ code: 'custom', message: `unknown entries ${bad.map((b) => `"${b}"`).join(', ')}: give all, or Slack user ids (U…), mcp:http, mcp:stdio, cli, comma-separated` });
  })
  .transform((v): ConfidentialAccess => {
    const actors = (v ?? '').split(',').map((e) => e.trim()).filter(Boolean);
    return { all: actors.includes('all'), actors: actors.filter((a) => a !== 'all') };
  });

/** An optional file path: blank is unset; a path that is not a readable file fails start-up. */
const existingFile = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? path.resolve(v.trim()) : undefined))
  .superRefine((v, ctx) => {
    if (v !== undefined && !fs.statSync(v, { throwIfNoEntry: false })?.isFile()) ctx.addIssue({ code: 'custom', message: `no such file "${v}": give the path of a company,industry,size CSV, or unset it` });
  });

/** Every environment variable the product reads, in one place (documented in the README). */
const EnvSchema = z.object({
  REDISCOVERY_DATA_DIR: z.string().default('./data'),
  REDISCOVERY_PORT: z.coerce.number().int().min(0).max(65535).default(3977),
  REDISCOVERY_HOST: z.string().default('127.0.0.1'),
  ASHBY_API_KEY: z.string().min(1).optional(),
  ASHBY_BASE_URL: z.string().url().default('https://api.ashbyhq.com'),
  ASHBY_WEBHOOK_SECRET: z.string().min(1).optional(),
  ASHBY_MAX_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(900),
  REDISCOVERY_SYNC_INTERVAL_MINUTES: z.coerce.number().min(0).default(15),
  REDISCOVERY_RECONCILE_CRON: z.string().default('0 3 * * *'),
  REDISCOVERY_MAX_FILE_BYTES: z.coerce.number().int().min(1).default(20 * 1024 * 1024),
  REDISCOVERY_WEBHOOK_MAX_BYTES: z.coerce.number().int().min(1).default(1024 * 1024),
  /** Worker threads `serve` runs searches on (0: on its event loop); default one per core beyond the first, 1 to 4. */
  REDISCOVERY_SEARCH_WORKERS: z.coerce.number().int().min(0).max(16).optional(),
  EMBEDDING_MODEL: z.string().default('use-lite'),
  /** Profile vectors in memory: float32, or int8 for large accounts (a quarter of the memory; see quantize.ts). */
  REDISCOVERY_VECTOR_PRECISION: z.enum(['float32', 'int8']).default('float32'),
  /** Sign-code shortlist before hybrid's recall net (nearest-rows.ts): auto (over 20,000 unmatched candidates keep 4,000), off (exact), or a shortlist size N for every request. */
  REDISCOVERY_VECTOR_PREFILTER: z.union([z.enum(['auto', 'off']), z.coerce.number().int().min(1)]).default('auto'),
  REDISCOVERY_MODEL_CACHE: z.string().optional(),
  MCP_BEARER_TOKEN: z.string().min(16).optional(),
  REDISCOVERY_ALLOW_WRITES: envBool,
  /** Browser origins allowed to call /mcp (DNS-rebinding guard); empty allows none beyond non-browser clients. */
  MCP_ALLOWED_ORIGINS: csv,
  /** Validated here so a typo fails at start-up; the logger reads it itself because it is created at import time. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  REDISCOVERY_EXPORT_MAX_ROWS: z.coerce.number().int().min(1).default(5000),
  REDISCOVERY_CONFIDENTIAL_ACCESS: confidentialAccess,
  /** The user's company,industry,size CSV: the only source of the industry and company-size insights. */
  REDISCOVERY_COMPANY_ATTRIBUTES: existingFile,
  /*
   * The Slack bot (src/slack). Socket Mode is the default when an app token is present (no public URL
   * needed); HTTP mode mounts /slack/events on serve's own server and needs the signing secret. Without
   * a bot token the bot is off. The combined checks (mode, digest) are in slackConfig below.
   */
  SLACK_BOT_TOKEN: z.string().min(1).optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_APP_TOKEN: z.string().min(1).optional(),
  SLACK_MODE: z.enum(['socket', 'http']).optional(),
  SLACK_API_URL: z.string().url().optional(),
  SLACK_ALLOWED_USERS: idList,
  SLACK_ALLOWED_USERGROUPS: idList,
  SLACK_ALLOWED_CHANNELS: idList,
  SLACK_SHOW_CONTACTS_IN_CHANNELS: envBool,
  SLACK_DIGEST_CRON: z.string().min(1).optional(),
  SLACK_DIGEST_CHANNEL: z.string().min(1).optional(),
  SLACK_DIGEST_TZ: z.string().min(1).default('UTC'),
  SLACK_RESULTS_PER_PAGE: z.coerce.number().int().min(1).max(15).default(8),
  /** The language model for natural-language requests (src/llm/model.ts picks among them); all optional. */
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_MODEL: z.string().optional(),
  OPENAI_BASE_URL: z.string().optional(),
  ANTHROPIC_API_KEY: z.string().optional(),
  ANTHROPIC_MODEL: z.string().optional(),
  LLM_BASE_URL: z.string().optional(),
  LLM_MODEL: z.string().optional(),
  LLM_API_KEY: z.string().optional(),
});

type Env = z.infer<typeof EnvSchema>;

/** The Slack door's settings, derived from the SLACK_* variables (null: no SLACK_BOT_TOKEN, the bot is off). */
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

export type AppConfig = Env & {
  /** The Slack door's settings; null when SLACK_BOT_TOKEN is unset. */
  slack: SlackConfig | null;
  dataDir: string;
  mirrorPath: string;
  indexDir: string;
  filesDir: string;
  exportsDir: string;
  cacheDir: string;
};

/**
 * The process environment. This module is the only reader of `process.env` (src/layering.test.ts checks
 * it): everything else takes the parsed AppConfig.
 */
export function environment(): NodeJS.ProcessEnv {
  return process.env;
}

/**
 * Bound LanceDB's read-ahead before a scan. Its scanner buffers up to 2 GiB of I/O ahead of the
 * reader by default (lance's DEFAULT_IO_BUFFER_SIZE, read from this variable when a scan starts):
 * loading every profile vector at open, it read the whole vectors table ahead of us into native
 * memory (100k candidates: the load's peak 330 → 207 MB; at 1M the float32 table is 2 GB). 64 MiB
 * keeps the read sequential; an operator's own value wins.
 */
export function boundLanceReadAhead(): void {
  process.env.LANCE_DEFAULT_IO_BUFFER_SIZE ??= String(64 * 1048576);
}

/** The one-line start-up error every bad value gives: `Invalid configuration: VARIABLE: what is wrong`. */
function invalid(problems: string): AppError {
  return new AppError('config_invalid', `Invalid configuration: ${problems}`);
}

/** The Slack settings from the parsed variables; a combination that cannot work fails naming the variable to set. */
function slackConfig(e: Env): SlackConfig | null {
  if (!e.SLACK_BOT_TOKEN) return null;
  const mode = e.SLACK_MODE ?? (e.SLACK_APP_TOKEN ? 'socket' : 'http');
  if (mode === 'socket' && !e.SLACK_APP_TOKEN) {
    throw invalid('SLACK_APP_TOKEN: SLACK_MODE=socket needs SLACK_APP_TOKEN (an xapp-… app-level token with connections:write); or set SLACK_MODE=http with SLACK_SIGNING_SECRET.');
  }
  if (mode === 'http' && !e.SLACK_SIGNING_SECRET) {
    throw invalid('SLACK_SIGNING_SECRET: Slack HTTP mode needs SLACK_SIGNING_SECRET (Basic Information → Signing Secret); or set SLACK_APP_TOKEN for Socket Mode.');
  }
  let digest: SlackConfig['digest'] = null;
  if (e.SLACK_DIGEST_CRON) {
    if (!e.SLACK_DIGEST_CHANNEL) throw invalid('SLACK_DIGEST_CHANNEL: SLACK_DIGEST_CRON is set but SLACK_DIGEST_CHANNEL is not: give the channel id (C…) the digest is posted to.');
    try {
      new Intl.DateTimeFormat('en', { timeZone: e.SLACK_DIGEST_TZ });
      new Cron(e.SLACK_DIGEST_CRON, { timezone: e.SLACK_DIGEST_TZ, paused: true }).stop();
    } catch (err) {
      const why = (err as Error).message.split('\n')[0];
      throw invalid(`SLACK_DIGEST_CRON / SLACK_DIGEST_TZ: invalid (${why}); use a cron expression such as "0 9 * * 1-5" and an IANA zone such as "Europe/Berlin".`);
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

/** Parse configuration from an environment (process.env by default); bad values fail with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = environment()): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw invalid(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const c = parsed.data;
  const dataDir = path.resolve(c.REDISCOVERY_DATA_DIR);
  return {
    ...c,
    slack: slackConfig(c),
    dataDir,
    mirrorPath: path.join(dataDir, 'mirror.db'),
    indexDir: path.join(dataDir, 'index'),
    filesDir: path.join(dataDir, 'files'),
    exportsDir: path.join(dataDir, 'exports'),
    cacheDir: path.resolve(c.REDISCOVERY_MODEL_CACHE ?? path.join(dataDir, 'cache')),
  };
}
