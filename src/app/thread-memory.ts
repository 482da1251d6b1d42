import v8 from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';

/*
 * Each worker thread of `serve` (search workers, the indexer) has its own V8 heap, which the main
 * thread's process.memoryUsage() does not show: serve's RSS grew 956 → 1,443 MiB over a 10-minute
 * soak while the main heap stayed at 88–184 MiB, so the rest was in workers or native memory. Each
 * worker posts its heap every few seconds; /healthz lists the latest per thread, and whatever RSS
 * holds beyond the sum of heaps is native (SQLite page caches, LanceDB, the encoder's tensors).
 */

const ThreadMemoryMessage = z.object({
  type: z.literal('memory'),
  heapUsedMiB: z.number(),
  heapTotalMiB: z.number(),
  externalMiB: z.number(),
});
type ThreadMemoryMessage = z.infer<typeof ThreadMemoryMessage>;

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

/** This thread's V8 heap (per isolate: in a worker, the worker's own). */
function ownHeap(): Omit<ThreadMemoryMessage, 'type'> {
  const h = v8.getHeapStatistics();
  return { heapUsedMiB: mib(h.used_heap_size), heapTotalMiB: mib(h.total_heap_size), externalMiB: mib(h.external_memory) };
}

/** In a worker: post this thread's heap to the main thread now and every `everyMs` (the timer does not keep the thread alive). */
export function reportHeapToParent(everyMs = 5000): void {
  const post = () => parentPort?.postMessage({ type: 'memory', ...ownHeap() } satisfies ThreadMemoryMessage);
  post();
  setInterval(post, everyMs).unref();
}

/** The latest heap each worker thread reported, by thread name ("indexer", "search-1"…); main-thread side. */
const latest = new Map<string, Omit<ThreadMemoryMessage, 'type'>>();

/** Record a message if it is a memory report; true when it was one (the caller then ignores it). */
export function recordThreadMemory(thread: string, message: unknown): boolean {
  const parsed = ThreadMemoryMessage.safeParse(message);
  if (!parsed.success) return false;
  const { type: _type, ...heap } = parsed.data;
  latest.set(thread, heap);
  return true;
}

/** Drop a thread that ended (its replacement reports under the same name). */
export function forgetThreadMemory(thread: string): void {
  latest.delete(thread);
}

export function threadMemory(): Record<string, Omit<ThreadMemoryMessage, 'type'>> {
  return Object.fromEntries(latest);
}
