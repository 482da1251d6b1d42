import cliProgress from 'cli-progress';
import type { SyncProgress } from '../sync/engine/run-sync.js';

/**
 * Progress for long CLI work: a bar with counts and rate on a terminal, plain log lines otherwise
 * (CI, pipes, log files). Writes to stderr so `--json` output on stdout stays clean.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): SyncProgress {
  return stream.isTTY ? ttyProgress(stream) : lineProgress(stream);
}

function ttyProgress(stream: NodeJS.WriteStream): SyncProgress {
  let bar: cliProgress.SingleBar | null = null;
  let count = 0;
  let started = 0;
  return {
    phase(name, total) {
      count = 0;
      started = Date.now();
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: total ? `${name.padEnd(26)} {bar} {value}/{total} · {rate}/s · {duration_formatted}` : `${name.padEnd(26)} {value} records · {rate}/s · {duration_formatted}`,
          hideCursor: true,
          clearOnComplete: false,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total ?? 0, 0, { rate: '0' });
    },
    tick(n) {
      count += n;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar?.update(count, { rate: (count / seconds).toFixed(0) });
    },
    done() {
      bar?.stop();
      bar = null;
    },
  };
}

function lineProgress(stream: NodeJS.WriteStream): SyncProgress {
  let name = '';
  let count = 0;
  let started = 0;
  let lastLog = 0;
  const line = (suffix: string) => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    stream.write(`[${new Date().toISOString()}] ${name}: ${count} records, ${(count / seconds).toFixed(0)}/s${suffix}\n`);
  };
  return {
    phase(phaseName) {
      name = phaseName;
      count = 0;
      started = Date.now();
      lastLog = started;
    },
    tick(n) {
      count += n;
      if (Date.now() - lastLog >= 2000) {
        lastLog = Date.now();
        line('');
      }
    },
    done() {
      line(' (done)');
    },
  };
}
