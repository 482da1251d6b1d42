import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../shared/errors.js';
import { logger } from '../../shared/logger.js';
import type { Db } from '../../store/db.js';
import { webhookEvents } from '../../store/schema.js';
import { WebhookEnvelope } from '../ashby/types.js';
import { readBody } from './read-body.js';
import { verifySignature } from './verify-signature.js';

interface WebhookReceiverOptions {
  db: Db;
  secret: string | undefined;
  maxBytes: number;
  now?: () => string;
  /** Called after an event is durably stored; applying it happens asynchronously. */
  onStored?: (webhookActionId: string) => void;
}

function reply(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * `POST /webhooks/ashby`: verify the HMAC over the raw body (401, nothing written, on mismatch),
 * reject malformed bodies (400) and oversized ones (413), store the event before acknowledging,
 * and deduplicate by `webhookActionId` (Ashby retries with the same id).
 */
export async function receiveWebhook(req: IncomingMessage, res: ServerResponse, opts: WebhookReceiverOptions): Promise<void> {
  const now = opts.now ?? (() => new Date().toISOString());
  let raw: Buffer;
  try {
    raw = await readBody(req, opts.maxBytes);
  } catch (error) {
    if (AppError.isInstance(error) && error.code === 'webhook_body_too_large') {
      reply(res, 413, { error: error.code, message: error.message });
      req.resume();
      return;
    }
    throw error;
  }
  if (!opts.secret) {
    // Without a shared secret anyone could write into the mirror: refuse rather than trust.
    reply(res, 401, { error: 'webhook_signature_invalid', message: 'ASHBY_WEBHOOK_SECRET is not configured on this server' });
    return;
  }
  if (!verifySignature(opts.secret, raw, req.headers['ashby-signature'] as string | undefined)) {
    logger.warn({ bytes: raw.length }, 'webhook refused: bad signature');
    reply(res, 401, { error: 'webhook_signature_invalid', message: 'Ashby-Signature does not match the body' });
    return;
  }
  let envelope: WebhookEnvelope;
  try {
    const parsed = WebhookEnvelope.safeParse(JSON.parse(raw.toString('utf8')));
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
    envelope = parsed.data;
  } catch (error) {
    reply(res, 400, { error: 'webhook_body_invalid', message: `Expected {webhookActionId, action, data}: ${(error as Error).message}` });
    return;
  }
  const inserted = opts.db
    .insert(webhookEvents)
    .values({ webhookActionId: envelope.webhookActionId, action: envelope.action, receivedAt: now(), body: raw.toString('utf8'), status: 'pending' })
    .onConflictDoNothing()
    .run();
  const duplicate = inserted.changes === 0;
  reply(res, 200, { ok: true, duplicate });
  if (!duplicate) opts.onStored?.(envelope.webhookActionId);
}
