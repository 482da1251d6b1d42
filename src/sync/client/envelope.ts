import { z } from 'zod';

/**
 * Ashby's response envelope (ashby-api.md §1). Loose on purpose: real responses omit fields freely
 * (jobPosting.list sends only `{success, results}`; source.list adds `moreDataAvailable` but no token),
 * and error bodies carry `errors[]`, `errorInfo`, or both.
 */
const RawEnvelope = z.looseObject({
  success: z.boolean(),
  results: z.unknown().optional(),
  moreDataAvailable: z.boolean().nullish(),
  nextCursor: z.string().nullish(),
  syncToken: z.string().nullish(),
  warnings: z.array(z.unknown()).nullish(),
  errors: z.array(z.unknown()).nullish(),
  errorInfo: z
    .looseObject({ code: z.string().nullish(), message: z.string().nullish(), requestId: z.string().nullish() })
    .nullish(),
});

/** One successful call: the results plus the pagination fields, normalised (absent → false/undefined). */
export interface AshbyResult<T> {
  results: T;
  moreDataAvailable: boolean;
  nextCursor?: string;
  syncToken?: string;
  warnings: string[];
  requestId?: string;
}

type ParsedEnvelope =
  | { ok: true; result: AshbyResult<unknown> }
  | { ok: false; ashbyCode?: string; message?: string; requestId?: string }
  | { ok: 'invalid'; reason: string };

/** Parse a response body. `headerRequestId` (x-ashby-request-id) wins over the body's when both exist. */
export function parseEnvelope(bodyText: string, headerRequestId?: string): ParsedEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return { ok: 'invalid', reason: 'the body is not JSON' };
  }
  const parsed = RawEnvelope.safeParse(json);
  if (!parsed.success) return { ok: 'invalid', reason: 'the body is not an Ashby envelope (no boolean "success")' };
  const env = parsed.data;
  const requestId = headerRequestId ?? env.errorInfo?.requestId ?? undefined;
  if (!env.success) {
    const first = env.errors?.[0];
    return {
      ok: false,
      ashbyCode: env.errorInfo?.code ?? (typeof first === 'string' ? first : undefined),
      message: env.errorInfo?.message ?? undefined,
      requestId,
    };
  }
  return {
    ok: true,
    result: {
      results: env.results,
      moreDataAvailable: env.moreDataAvailable === true,
      nextCursor: env.nextCursor ?? undefined,
      syncToken: env.syncToken ?? undefined,
      warnings: (env.warnings ?? []).map((w) => (typeof w === 'string' ? w : JSON.stringify(w))),
      requestId,
    },
  };
}
