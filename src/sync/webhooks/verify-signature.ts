import { createHmac, timingSafeEqual } from 'node:crypto';

/** Constant-time check of a signature header against the raw body bytes (before any JSON parsing). */
export function verifySignature(secret: string, rawBody: Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const [algorithm, hex] = header.trim().split('=', 2);
  if (algorithm?.toLowerCase() !== 'sha256' || !hex || !/^[0-9a-fA-F]{64}$/.test(hex)) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  const given = Buffer.from(hex, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
