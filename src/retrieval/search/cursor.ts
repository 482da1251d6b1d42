import { AppError } from '../../shared/errors.js';

/** Opaque paging cursor: the offset into the ranked list plus a fingerprint of the request it belongs to. */
export function encodeCursor(offset: number, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fingerprint })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, fingerprint: string): number {
  if (!cursor) return 0;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o: unknown; f: unknown };
    if (typeof v.o === 'number' && Number.isInteger(v.o) && v.o >= 0 && v.f === fingerprint) return v.o;
  } catch {
    // fall through
  }
  throw new AppError('invalid_input', 'The paging cursor is invalid or belongs to a different search; repeat the search without a cursor.');
}
