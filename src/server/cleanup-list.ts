import { logger } from '../shared/logger.js';

/**
 * The resources `serve` started, in start order, each with how to release it. `run()` releases them
 * in reverse order (a resource is stopped before what it depends on), on shutdown and when start-up
 * fails part-way, so a failed start leaves no worker thread, timer, socket or open mirror behind.
 * One failing release is logged and the rest still run; `run()` twice releases nothing twice.
 */
export class CleanupList {
  private readonly entries: { name: string; release: () => Promise<void> | void }[] = [];
  private running: Promise<void> | null = null;

  /** Register a started resource; returns it, so start and registration read as one step. */
  add<T>(name: string, resource: T, release: (resource: T) => Promise<void> | void): T {
    this.entries.push({ name, release: () => release(resource) });
    return resource;
  }

  /** Names of the registered resources, in start order (for tests and logs). */
  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      while (this.entries.length > 0) {
        const entry = this.entries.pop()!;
        try {
          await entry.release();
        } catch (error) {
          logger.warn({ resource: entry.name, err: (error as Error).message }, 'release failed');
        }
      }
    })();
    return this.running;
  }
}
