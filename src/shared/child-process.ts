import { environment } from './config.js';
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { fromPackageRoot } from './paths.js';

/*
 * The shipped CLI (`bin/rediscovery.js`, from dist/) as a child process, the way a user or a process
 * manager runs it. Output is kept line by line so a test waits for what the product prints instead
 * of sleeping; every wait has a deadline that names what it was waiting for and shows the output.
 */

export const BIN = fromPackageRoot('bin/rediscovery.js');

export interface ProductProcess {
  proc: ChildProcess;
  /** stdout and stderr lines, in arrival order. */
  lines: string[];
  /** Resolves with the first line (already printed or future) matching `pattern`. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  exited: Promise<number | string>;
  /** Send `signal` and wait for the exit. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | string>;
}

/**
 * Run `bin/rediscovery.js <args>` with exactly `env` (plus PATH), capturing its output. `keepLines`
 * bounds the lines kept (the newest) for a long run such as the soak benchmark.
 */
export function runProduct(args: string[], env: Record<string, string | undefined>, opts: { keepLines?: number; nodeArgs?: string[] } = {}): ProductProcess {
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    env: { PATH: environment().PATH, LANCEDB_LOG: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const onLine = (line: string) => {
    lines.push(line);
    if (opts.keepLines && lines.length > opts.keepLines * 2) lines.splice(0, lines.length - opts.keepLines);
    for (const w of [...waiters]) {
      if (w.pattern.test(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  };
  for (const stream of [proc.stdout!, proc.stderr!]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      parts.forEach(onLine);
    });
    stream.on('end', () => rest && onLine(rest));
  }
  const exited = new Promise<number | string>((resolve) => proc.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const tail = () => lines.slice(-30).join('\n');

  return {
    proc,
    lines,
    exited,
    waitForLine(pattern, timeoutMs = 120_000) {
      const hit = lines.find((l) => pattern.test(l));
      if (hit) return Promise.resolve(hit);
      return new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; output:\n${tail()}`)), timeoutMs);
        const done = (line: string) => {
          clearTimeout(timer);
          resolve(line);
        };
        waiters.push({ pattern, resolve: done });
        void exited.then((code) => {
          clearTimeout(timer);
          reject(new Error(`exited (${code}) before printing a line matching ${pattern}; output:\n${tail()}`));
        });
      });
    },
    async stop(signal = 'SIGTERM', timeoutMs = 60_000) {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          proc.kill('SIGKILL');
          reject(new Error(`did not exit within ${timeoutMs} ms of ${signal}; output:\n${tail()}`));
        }, timeoutMs);
      });
      try {
        return await Promise.race([exited, deadline]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** A port free right now on loopback (for a server whose URL another process must know before it starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Poll `probe` until it returns a value other than undefined, or fail after `timeoutMs` naming `what`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 120_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
