import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../shared/errors.js';

/*
 * Short-lived, single-use confirmation tokens for writes to Ashby. The token is an HMAC over the
 * exact parameters and an expiry, so a preview cannot be confirmed for a different candidate, job or
 * stage, and an assistant cannot skip the preview. Used tokens are remembered in memory until they
 * expire; a token is only valid in the process that issued it (the secret is per process).
 */

const CONFIRMATION_TTL_MS = 5 * 60_000;

export type TokenParams = Record<string, string | null>;

interface Payload {
  p: TokenParams;
  exp: number;
  n: string;
}

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export class ConfirmationTokens {
  private readonly secret: Buffer;
  private readonly used = new Map<string, number>();

  constructor(secret: Buffer = randomBytes(32), private readonly ttlMs = CONFIRMATION_TTL_MS) {
    this.secret = secret;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }

  /** A token for these parameters, valid for the TTL from `now`. */
  issue(params: TokenParams, now: Date): { token: string; expiresAt: string } {
    const exp = now.getTime() + this.ttlMs;
    const body = b64(JSON.stringify({ p: params, exp, n: randomBytes(9).toString('base64url') } satisfies Payload));
    return { token: `${body}.${this.sign(body)}`, expiresAt: new Date(exp).toISOString() };
  }

  /** Check and consume a token; the parameters must equal the ones it was issued for. Returns the issued params. */
  consume(token: string, expected: TokenParams, now: Date): TokenParams {
    const invalid = (why: string) =>
      new AppError('confirmation_invalid', `The confirmation token is ${why}. Call add_candidate_to_job again without a token to get a fresh preview and token.`);
    const [body, mac] = token.split('.');
    if (!body || !mac) throw invalid('malformed');
    const good = Buffer.from(this.sign(body));
    const given = Buffer.from(mac);
    if (good.length !== given.length || !timingSafeEqual(good, given)) throw invalid('not valid');
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload;
    this.prune(now);
    if (payload.exp <= now.getTime()) throw invalid('expired (tokens last 5 minutes)');
    if (this.used.has(payload.n)) throw invalid('already used');
    for (const [k, v] of Object.entries(expected)) {
      if ((payload.p[k] ?? null) !== (v ?? null)) throw invalid(`for different parameters (${k} differs from the preview)`);
    }
    this.used.set(payload.n, payload.exp);
    return payload.p;
  }

  private prune(now: Date): void {
    for (const [n, exp] of this.used) if (exp <= now.getTime()) this.used.delete(n);
  }
}
