import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runFreshnessBench } from './freshness.js';
import { runExtractBench } from './extract.js';
import { runSyncBench } from './sync.js';
import { runSyncAtLimitBench } from './sync-limit.js';
import { runSoakBench } from './soak.js';

/*
 * `npm run bench -- <name> [--candidates N] [--key value ...]`: runs one benchmark and prints its
 * numbers. `sync` is the mirror (src/bench/sync.ts); `extract` is files/s per resume format (src/bench/extract.ts); `search` is loaded only if its file exists.
 */

const USAGE = 'usage: npm run bench -- <sync|search|freshness|extract|soak> [--candidates N] [--json] [--<option> <value>]';

/**
 * `--history-sample 500` → { historySample: 500 }; numeric values become numbers (`--index-embedder
 * real` stays a string); a flag with no value (`--json`) becomes true.
 */
function parseOptions(args: string[]): Record<string, number | string | boolean> {
  const options: Record<string, number | string | boolean> = {};
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    if (!flag.startsWith('--') || flag.length < 3) throw new Error(`Bad option ${flag}. ${USAGE}`);
    const key = flag.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const raw = args[i + 1];
    if (raw === undefined || raw.startsWith('--')) {
      options[key] = true;
      continue;
    }
    i++;
    const value = Number(raw);
    options[key] = Number.isFinite(value) && raw.trim() !== '' ? value : raw;
  }
  return options;
}

async function main(): Promise<void> {
  const [name, ...rest] = process.argv.slice(2);
  const options = parseOptions(rest);
  if (name === 'sync' && options.rateLimit !== undefined) {
    await runSyncAtLimitBench(options as unknown as Parameters<typeof runSyncAtLimitBench>[0]);
    return;
  }
  if (name === 'sync') {
    await runSyncBench(options);
    return;
  }
  if (name === 'extract') {
    await runExtractBench(options);
    return;
  }
  if (name === 'soak') {
    await runSoakBench(options);
    return;
  }
  if (name === 'freshness') {
    await runFreshnessBench(options);
    return;
  }
  if (name === 'search') {
    const file = fileURLToPath(new URL('./search.js', import.meta.url));
    if (!fs.existsSync(file)) throw new Error('The search benchmark is not built (src/bench/search.ts is missing).');
    const specifier = './search.js';
    const { runSearchBench } = (await import(specifier)) as { runSearchBench(opts: Record<string, unknown>): Promise<unknown> };
    await runSearchBench(options);
    return;
  }
  throw new Error(`Unknown benchmark "${name ?? ''}". ${USAGE}`);
}

main().then(
  // Pools and servers the benchmarks leave behind must not keep the process alive.
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
