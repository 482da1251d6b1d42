import { z } from 'zod';

/*
 * What serve's main thread and its indexer thread say to each other (indexer-thread.ts ↔
 * indexer-worker.ts). Messages are checked at both ends: a malformed one is a bug to log, not a
 * crash of either side.
 */

/** Main thread → indexer thread. */
export const ToIndexer = z.discriminatedUnion('op', [
  z.object({ op: z.literal('start'), intervalMs: z.number().int().positive() }),
  z.object({ op: z.literal('wake') }),
  /** Answer `idle` with this id after the next complete drain pass. */
  z.object({ op: z.literal('idle'), id: z.number().int() }),
  z.object({ op: z.literal('close') }),
]);
export type ToIndexer = z.infer<typeof ToIndexer>;

/** Indexer thread → main thread. */
export const FromIndexer = z.discriminatedUnion('type', [
  /** The index is open (created if it was absent): readers may open it now. */
  z.object({ type: z.literal('ready'), checkpoint: z.number() }),
  /** The thread could not open the mirror, encoder or index; it exits after this. */
  z.object({ type: z.literal('failed'), code: z.string().optional(), message: z.string() }),
  /** One drain pass failed; the checkpoint did not move, so the next pass retries the same rows. */
  z.object({ type: z.literal('passFailed'), message: z.string() }),
  z.object({ type: z.literal('idle'), id: z.number().int() }),
  /** Loop stopped at a batch boundary and everything is closed: the thread may be ended. */
  z.object({ type: z.literal('closed') }),
]);
export type FromIndexer = z.infer<typeof FromIndexer>;
