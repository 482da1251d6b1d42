import { describe, expect, it } from 'vitest';
import { openDb } from '../store/db.js';
import { auditLog } from '../store/schema.js';
import { audit, redactArgs } from './audit-log.js';

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
