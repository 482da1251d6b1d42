import { describe, expect, it } from 'vitest';
import { openDb } from '../store/db.js';
import { auditLog } from '../store/schema.js';
import { audit, redactArgs } from './audit-log.js';
import { maskEmails, maskPhones } from '../shared/mask-pii.js';

describe('redactArgs', () => {
  it('drops PII and secret keys, keeps filters, ids and query text', () => {
    const out = redactArgs({
      text: 'backend engineer in Berlin',
      filters: { stage: ['Onsite'], recruiter: ['Riley Recruiter'] },
      candidateId: 'C1',
      email: 'ada@example.com',
      phone: '+44 20 7123 4567',
      name: 'Ada Lovelace',
      firstName: 'Ada',
      confirmationToken: 'abc.def',
      limit: 10,
    });
    expect(out).toEqual({
      text: 'backend engineer in Berlin',
      filters: { stage: ['Onsite'], recruiter: ['Riley Recruiter'] },
      candidateId: 'C1',
      email: '[redacted]',
      phone: '[redacted]',
      name: '[redacted]',
      firstName: '[redacted]',
      confirmationToken: '[redacted]',
      limit: 10,
    });
  });

  it('masks e-mail addresses and phone numbers inside kept strings, but not dates', () => {
    expect(redactArgs({ text: 'ada@example.com or +44 20 7123 4567 or 555-123-4567 since 2024-01-02' })).toEqual({
      text: '[email] or [phone] or [phone] since 2024-01-02',
    });
  });

  it('truncates long strings such as pasted job descriptions', () => {
    const out = redactArgs({ description: 'x'.repeat(1000) }) as { description: string };
    expect(out.description.length).toBeLessThan(400);
    expect(out.description).toContain('(1000 chars)');
  });
});

describe('audit', () => {
  it('writes a row with redacted arguments', () => {
    const db = openDb(':memory:');
    audit(db, { actor: 'mcp:stdio', action: 'tool:search_candidates', args: { text: 'python', email: 'a@b.co' }, resultCount: 3, at: new Date('2026-01-01T00:00:00Z') });
    const rows = db.select().from(auditLog).all();
    expect(rows).toEqual([
      expect.objectContaining({ at: '2026-01-01T00:00:00.000Z', actor: 'mcp:stdio', action: 'tool:search_candidates', args: { text: 'python', email: '[redacted]' }, resultCount: 3, outcome: 'ok' }),
    ]);
  });
});

describe('masking is linear and covers phone numbers in any format', () => {
  it('masks UK-style and bracketed phone numbers', () => {
    const text = 'call 020 7946 0958 or 07700 900123, (020) 7946 0958, +44 (0)20 7946 0958 or 555.123.4567';
    expect(redactArgs({ text })).toEqual({ text: 'call [phone] or [phone], [phone], [phone] or [phone]' });
  });

  it('leaves ids, dates, year ranges and small numbers alone', () => {
    const text = 'cand 3ae2b801-12345678-1234-abcd-214bd731948f since 2024-01-02, 2019-2021, limit 500, 12 years';
    expect(redactArgs({ text })).toEqual({ text });
  });

  it('redacts a 1 MiB adversarial argument well under 100 ms', () => {
    const size = 1024 * 1024;
    for (const unit of ['a', 'a.', 'a@', '@a.', '1 ', '+1', '1-', '1234567+', 'a@a.co ']) {
      const big = unit.repeat(Math.ceil(size / unit.length));
      big.charCodeAt(0); // flatten the rope outside the timed part
      const started = performance.now();
      const out = redactArgs({ candidateId: big }) as { candidateId: string };
      const elapsed = performance.now() - started;
      expect(out.candidateId.length).toBeLessThan(400);
      expect(elapsed, `unit ${JSON.stringify(unit)}`).toBeLessThan(100);
    }
  });

  it('masks in linear time: a whole 1 MiB string of near-misses takes seconds at most, not minutes', () => {
    const size = 1024 * 1024;
    for (const unit of ['a', 'a@', '@a.', 'a.', '+1', '1 ', '1-']) {
      const big = unit.repeat(Math.ceil(size / unit.length));
      const started = performance.now();
      maskPhones(maskEmails(big));
      expect(performance.now() - started, `unit ${JSON.stringify(unit)}`).toBeLessThan(2000);
    }
  });

  it('never shows half of an e-mail address or phone number cut at the scanned window', () => {
    const emails = Array.from({ length: 12 }, (_, i) => `someone.with.a.long.name${i}@example.com`).join(' ');
    for (const pii of ['tail.person@example.org', '+44 (0)20 7946 0958']) {
      for (let shift = 0; shift < 500; shift += 3) {
        const text = `${emails} ${'x'.repeat(shift)} ${pii} ${'y'.repeat(2000)}`;
        const out = (redactArgs({ text }) as { text: string }).text;
        expect(out).not.toMatch(/tail|person|@|7946|0958|\+44/);
      }
    }
  });
});
