import { describe, expect, it } from 'vitest';
import { openDb } from '../../store/db.js';
import { loadCandidateDocuments, profileText, resumeForIndex } from './candidate-document.js';

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

describe('resumeForIndex', () => {
  it('drops e-mail, phone, web addresses and the full name, keeps the rest', () => {
    const resume = 'ADA EXAMPLE\nada.example@example.com · +44 20 7946 0958 · linkedin.com/in/ada-example · https://ada.dev/cv\nStaff Accountant at Cook & Co since 2019; Example-driven audits.';
    const text = resumeForIndex(resume, 'Ada Example');
    expect(text).not.toMatch(/ada\b|@|7946|linkedin|https/i);
    expect(text).toContain('Staff Accountant at Cook & Co since 2019');
    // a name word alone is a word of the resume, not the name
    expect(text).toContain('Example-driven audits');
  });

  it('keeps the text whole when there is no name or contact', () => {
    expect(resumeForIndex('Python developer, 2015 - 2020', null)).toBe('Python developer, 2015 - 2020');
    expect(resumeForIndex('Cher sang', 'Cher')).toBe('Cher sang');
  });

  it('is linear on hostile input (1 MiB of @ and digits)', () => {
    const big = '@a1 '.repeat(262_144);
    const t0 = performance.now();
    resumeForIndex(big, 'A B');
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
