import { describe, expect, it } from 'vitest';
import { openDb } from '../../store/db.js';
import { loadCandidateDocuments, profileText } from './candidate-document.js';

describe('profileText', () => {
  it('leads with the headline and the O*NET occupation of the titles', () => {
    const text = profileText(
      { headline: 'STAFF ACCOUNTANT', titles: ['Staff Accountant', 'Accountant'], skills: ['QuickBooks', 'Excel'], summary: 'Closes books monthly. Other things.' },
      'ignored resume',
    );
    expect(text).toBe('Staff Accountant. Accountants and Auditors. Staff Accountant, Accountant. QuickBooks, Excel. Closes books monthly.');
  });

  it('falls back to the top of the resume and stays within the encoder window', () => {
    const resume = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
    const text = profileText({ headline: null, titles: [], skills: [], summary: null }, resume);
    expect(text.split(' ')).toHaveLength(60);
    expect(text.startsWith('w0 w1')).toBe(true);
  });
});

describe('loadCandidateDocuments', () => {
  it('keeps excluded tag titles out of the keyword text (case-insensitive)', () => {
    const db = openDb(':memory:');
    try {
      const c = db.$client;
      c.prepare(`INSERT INTO candidates (id, name, created_at, updated_at, raw, mirrored_at) VALUES ('c1', 'Resume 1', 't', 't', '{}', 't')`).run();
      c.prepare(`INSERT INTO tags (id, title, raw) VALUES ('t1', 'ACCOUNTANT', '{}'), ('t2', 'Referral', '{}')`).run();
      c.prepare(`INSERT INTO candidate_tags (candidate_id, tag_id) VALUES ('c1', 't1'), ('c1', 't2')`).run();
      const plan = { chunkWords: 90, maxChunks: 0 };
      expect(loadCandidateDocuments(db, ['c1'], plan)[0]!.keyword.text).toContain('ACCOUNTANT');
      const doc = loadCandidateDocuments(db, ['c1'], { ...plan, excludeTagTitles: ['accountant'] })[0]!;
      expect(doc.keyword.text).not.toContain('ACCOUNTANT');
      expect(doc.keyword.text).toContain('Referral');
    } finally {
      db.$client.close();
    }
  });
});
