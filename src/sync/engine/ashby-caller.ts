import type { ZodType } from 'zod';

/** One page (or one response) of an Ashby call, envelope already unwrapped. */
export interface AshbyCallResult<T> {
  results: T;
  moreDataAvailable?: boolean;
  nextCursor?: string | null;
  syncToken?: string | null;
}

/**
 * What the sync needs from the Ashby client: one RPC call with retries, rate limiting and typed
 * errors already handled (src/sync/client). The sync drives pagination itself so it can checkpoint
 * the cursor in the same transaction as each page's rows.
 */
export interface AshbyCaller {
  call<T>(method: string, body: Record<string, unknown>, schema?: ZodType<T>): Promise<AshbyCallResult<T>>;
}
