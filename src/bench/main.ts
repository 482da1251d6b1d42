import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runFreshnessBench } from './freshness.js';
import { runSyncBench } from './sync.js';

/*
 * `npm run bench -- <name> [--candidates N] [--key value ...]`: runs one benchmark and prints its
 * numbers. `sync` is the mirror (src/bench/sync.ts); `search` is loaded only if its file exists.
 */

const USAGE = 'usage: npm run bench -- <sync|search|freshness> [--candidates N] [--<option> <number>]';

/** `--history-sample 500` → { historySample: 500 }; values are numbers. */
function parseOptions(args: string[]): Record<string, number> {
  const options: Record<string, number> = {};
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i]!;
    const value = Number(args[i + 1]);
    if (!flag.startsWith('--') || !Number.isFinite(value)) throw new Error(`Bad option ${flag} ${args[i + 1] ?? ''}. ${USAGE}`);
    options[flag.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return options;
}

async function main(): Promise<void> {
  const [name, ...rest] = process.argv.slice(2);
  const options = parseOptions(rest);
  if (name === 'sync') {
    await runSyncBench(options);
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
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
