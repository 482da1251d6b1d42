import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';

/*
 * Ashby-style webhook delivery (ashby-api.md §5): body {webhookActionId, action, data}, signed with
 * `Ashby-Signature: sha256=<hex HMAC-SHA256 of the exact body bytes>`, retried with backoff
 * (2^n − 1) × retryBaseMs up to maxAttempts, never on 401/403/404/405/410, with the same
 * webhookActionId (and the same bytes) on every attempt.
 */

export interface WebhookConfig {
  url: string;
  secret: string;
  /** Backoff unit; Ashby uses 10 s. Tests pass a few ms. */
  retryBaseMs?: number;
  /** Attempts in total, first one included; Ashby uses 10. */
  maxAttempts?: number;
  /** Per-attempt response timeout. */
  timeoutMs?: number;
  /** Only these actions are delivered (Ashby configures one setting per event type); default all. */
  actions?: string[];
}

interface DeliveryAttempt {
  webhookActionId: string;
  action: string;
  attempt: number;
  /** HTTP status, or null when the request failed (connection refused, timeout). */
  status: number | null;
  error: string | null;
  at: number;
  /** How long the receiver took to answer (or to fail). */
  ms: number;
}

export interface WebhookEvent {
  webhookActionId: string;
  action: string;
  data: unknown;
  /** The exact bytes delivered (and signed). */
  body: string;
}

const NO_RETRY = new Set([401, 403, 404, 405, 410]);

/** Hex HMAC-SHA256 of the body, as sent in `Ashby-Signature: sha256=<this>`. */
export function signWebhookBody(body: string | Buffer, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

export class WebhookEmitter {
  private config: WebhookConfig | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  /** Cancels for retry waits, so close() ends them at once. */
  private readonly waiters = new Set<() => void>();
  private closed = false;
  /** Every attempt made, in order. */
  readonly deliveries: DeliveryAttempt[] = [];
  /** Every event emitted (delivered or not), in order. */
  readonly events: WebhookEvent[] = [];

  /** Set (or clear with null) the delivery target; a new target gets a ping, as Ashby sends on creation. */
  configure(config: WebhookConfig | null): WebhookEvent | null {
    this.config = config;
    if (!config) return null;
    return this.emit('ping', { webhookActionType: 'ping' });
  }

  get configured(): WebhookConfig | null {
    return this.config;
  }

  /** Emit an event; delivery runs in the background (see flush()). */
  emit(action: string, data: unknown): WebhookEvent {
    const webhookActionId = randomUUID();
    const event: WebhookEvent = { webhookActionId, action, data, body: JSON.stringify({ webhookActionId, action, data }) };
    this.events.push(event);
    const config = this.config;
    if (config && !this.closed && (action === 'ping' || !config.actions || config.actions.includes(action))) this.track(this.deliver(event, config));
    return event;
  }

  /** Deliver an already-emitted event again, same id and bytes (tests of receiver deduplication). */
  redeliver(webhookActionId: string): void {
    const event = this.events.find((e) => e.webhookActionId === webhookActionId);
    if (!event) throw new Error(`No webhook event ${webhookActionId}`);
    if (this.config && !this.closed) this.track(this.deliver(event, this.config));
  }

  /** Deliveries still running (including waits between retries). */
  pendingDeliveries(): number {
    return this.inFlight.size;
  }

  /** Resolve when every delivery in flight (and any started meanwhile) has finished. */
  async flush(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Stop retrying and drop pending waits. */
  close(): void {
    this.closed = true;
    for (const cancel of [...this.waiters]) cancel();
  }

  private track(p: Promise<void>): void {
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }

  private async deliver(event: WebhookEvent, config: WebhookConfig): Promise<void> {
    const maxAttempts = config.maxAttempts ?? 10;
    const base = config.retryBaseMs ?? 10_000;
    for (let attempt = 1; attempt <= maxAttempts && !this.closed; attempt++) {
      if (attempt > 1 && !(await this.wait((2 ** (attempt - 1) - 1) * base))) return;
      const started = performance.now();
      const outcome = await post(config, event.body);
      const ms = Math.round((performance.now() - started) * 10) / 10;
      this.deliveries.push({ webhookActionId: event.webhookActionId, action: event.action, attempt, status: outcome.status, error: outcome.error, at: Date.now(), ms });
      if (outcome.status !== null && outcome.status >= 200 && outcome.status < 300) return;
      if (outcome.status !== null && NO_RETRY.has(outcome.status)) return;
    }
  }

  private wait(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const finish = (proceed: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(cancel);
        resolve(proceed);
      };
      const cancel = () => finish(false);
      const timer = setTimeout(() => finish(true), ms);
      this.waiters.add(cancel);
    });
  }
}

function post(config: WebhookConfig, body: string): Promise<{ status: number | null; error: string | null }> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(config.url);
    } catch {
      resolve({ status: null, error: 'invalid webhook url' });
      return;
    }
    const bytes = Buffer.from(body, 'utf8');
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(
      url,
      {
        method: 'POST',
        agent: false,
        timeout: config.timeoutMs ?? 10_000,
        headers: {
          'content-type': 'application/json',
          'content-length': bytes.length,
          'user-agent': 'Ashby-Webhooks (fake)',
          ...(config.secret ? { 'ashby-signature': `sha256=${signWebhookBody(bytes, config.secret)}` } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? null, error: null }));
        res.on('error', (e) => resolve({ status: res.statusCode ?? null, error: e.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: null, error: e.message }));
    req.end(bytes);
  });
}
