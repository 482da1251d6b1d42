import type { Command } from 'commander';
import { DEFAULT_FAKE_API_KEY, startFakeAshby } from '../../sync/fake/index.js';

interface FakeAshbyCliOptions {
  port: string;
  seed: string;
  candidates: string;
  apiKey: string;
  corpus?: string;
  corpusLimit?: string;
  faultRate?: string;
  latency?: string;
  rateLimit?: string;
  retryAfter?: string;
  webhookUrl?: string;
  webhookSecret?: string;
}

function number(value: string | undefined, flag: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${flag} must be a number between ${min} and ${max}, got "${value}"`);
  return n;
}

/** `rediscovery fake-ashby`: serve a seeded fake Ashby account on loopback until interrupted. */
export function registerFakeAshbyCommand(program: Command): void {
  program
    .command('fake-ashby')
    .description('Run the fake Ashby API on 127.0.0.1 with a deterministic synthetic (or corpus) account')
    .option('--port <port>', 'port (0 = any free port)', '0')
    .option('--seed <seed>', 'seed of the synthetic account', '1')
    .option('--candidates <n>', 'synthetic candidates to seed', '2000')
    .option('--api-key <key>', 'API key clients must send', DEFAULT_FAKE_API_KEY)
    .option('--corpus <file.csv>', 'seed from a CSV with ID, Category, Resume_str columns instead')
    .option('--corpus-limit <n>', 'use only the first N corpus rows')
    .option('--fault-rate <x>', 'share of requests answered 5xx, 429 or with a dropped connection (0..1)')
    .option('--latency <ms>', 'delay before every API answer')
    .option('--rate-limit <n>', 'requests per minute per key before 429')
    .option('--retry-after <s>', 'Retry-After seconds on injected 429s')
    .option('--webhook-url <url>', 'deliver webhooks to this URL')
    .option('--webhook-secret <secret>', 'secret for the Ashby-Signature HMAC')
    .action(async (opts: FakeAshbyCliOptions) => {
      if (!!opts.webhookUrl !== !!opts.webhookSecret) throw new Error('--webhook-url and --webhook-secret go together');
      const started = Date.now();
      const fake = await startFakeAshby({
        port: number(opts.port, '--port', 0, 65535),
        seed: number(opts.seed, '--seed', 0),
        candidates: number(opts.candidates, '--candidates', 0),
        apiKey: opts.apiKey,
        corpus: opts.corpus,
        corpusLimit: number(opts.corpusLimit, '--corpus-limit', 1),
        faultRate: number(opts.faultRate, '--fault-rate', 0, 1),
        latencyMs: number(opts.latency, '--latency', 0),
        rateLimitPerMinute: number(opts.rateLimit, '--rate-limit', 1),
        retryAfterSeconds: number(opts.retryAfter, '--retry-after', 0),
        webhook: opts.webhookUrl && opts.webhookSecret ? { url: opts.webhookUrl, secret: opts.webhookSecret } : undefined,
      });
      const s = fake.state;
      process.stdout.write(
        [
          `Fake Ashby listening on ${fake.url} (seeded in ${Date.now() - started} ms)`,
          `  API key:      ${fake.apiKey}`,
          `  Account:      ${s.candidates.size} candidates, ${s.applications.size} applications, ${s.jobs.size} jobs`,
          `  Try:          ASHBY_BASE_URL=${fake.url} ASHBY_API_KEY=${fake.apiKey} rediscovery sync`,
          `  Admin API:    POST ${fake.url}/admin/<op> (same key), e.g. admin/snapshot`,
          opts.webhookUrl ? `  Webhooks to:  ${opts.webhookUrl}` : '  Webhooks:     none (pass --webhook-url and --webhook-secret)',
          'Press Ctrl+C to stop.',
          '',
        ].join('\n'),
      );
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await fake.close();
    });
}
