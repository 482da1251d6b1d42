import type { Db } from '../store/db.js';
import { auditLog } from '../store/schema.js';
import { maskEmails, maskPhones } from '../shared/mask-pii.js';

/*
 * The audit log: who did what (tool calls, searches, exports, writes to Ashby).
 *
 * PII policy for stored arguments (`redactArgs`):
 * - Keys that carry personal data by name (email, phone, name, firstName, lastName, address,
 *   resumeText, …) are dropped; their presence is recorded as "[redacted]" so the audit still says
 *   which arguments were given.
 * - Secrets (confirmation tokens, API keys, bearer tokens) are dropped the same way.
 * - Filters, ids, limits and query text are kept: an audit that cannot say what was searched is
 *   useless. Query text may contain a candidate's name ("jane doe python"); we accept that, because
 *   the name is already in the mirror next to this log, but e-mail addresses and phone numbers inside
 *   any kept string are masked, and long strings (pasted job descriptions) are truncated.
 */

export interface AuditEntry {
  actor: string;
  action: string;
  args?: Record<string, unknown>;
  resultCount?: number | null;
  outcome?: 'ok' | 'error' | 'refused' | 'preview';
  detail?: string | null;
  at?: Date;
}

const PII_KEY = /^(e-?mails?|email_?address(es)?|phones?|phone_?numbers?|(first|last|full|middle|candidate|display)?_?name|address|resume_?text|resume|ssn|birth_?date|date_?of_?birth)$/i;
const SECRET_KEY = /(token|secret|password|api_?key|authorization)/i;
const MAX_STRING = 300;

// Longest e-mail address (RFC 5321) and far longer than any phone number.
const PII_MAX_LENGTH = 254;

/**
 * Mask PII, then truncate. Only the kept prefix plus one PII length is scanned, so a 1 MiB argument
 * costs no more than a short one. The token cut at the window's end (maybe half an address or a
 * phone number, which the maskers cannot recognise) is dropped rather than shown.
 */
function scrubString(v: string): string {
  const window = MAX_STRING + PII_MAX_LENGTH;
  const cut = v.length > window;
  let masked = maskPhones(maskEmails(cut ? v.slice(0, window) : v));
  if (cut) masked = masked.replace(/\S*$/, '').replace(/[\d\s().+-]*$/, '');
  return cut || masked.length > MAX_STRING ? `${masked.slice(0, MAX_STRING)}…(${v.length} chars)` : masked;
}

/** Arguments with PII and secrets removed (see the policy above); safe to store and to show. */
export function redactArgs(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[truncated]';
  if (typeof value === 'string') return scrubString(value);
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redactArgs(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      out[k] = PII_KEY.test(k) || SECRET_KEY.test(k) ? '[redacted]' : redactArgs(v, depth + 1);
    }
    return out;
  }
  return value;
}

/** Append one audit row (arguments redacted). Throws on a database error; callers on a user path log and continue. */
export function audit(db: Db, entry: AuditEntry): void {
  db.insert(auditLog)
    .values({
      at: (entry.at ?? new Date()).toISOString(),
      actor: entry.actor,
      action: entry.action,
      args: entry.args ? (redactArgs(entry.args) as Record<string, unknown>) : null,
      resultCount: entry.resultCount ?? null,
      outcome: entry.outcome ?? 'ok',
      detail: entry.detail ? scrubString(entry.detail) : null,
    })
    .run();
}
