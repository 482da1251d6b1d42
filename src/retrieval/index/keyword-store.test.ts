import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeywordStore, type KeywordDoc } from './keyword-store.js';

const doc = (candidateId: string, text: string): KeywordDoc => ({ candidateId, text, title: '', company: '', skill: '', school: '' });

describe('KeywordStore result cache', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('never serves a stale match set after its own or another connection’s writes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-cache-'));
    dirs.push(dir);
    const file = path.join(dir, 'keyword.db');
    const a = KeywordStore.open(file);
    const b = KeywordStore.open(file);
    try {
      a.write([doc('c1', 'payroll clerk'), doc('c2', 'nurse')], []);
      expect([...a.scores('"payroll"').keys()]).toEqual(['c1']);
      expect(a.scores('"payroll"')).toBe(a.scores('"payroll"'));
      a.write([doc('c2', 'payroll nurse')], []);
      expect([...a.scores('"payroll"').keys()].sort()).toEqual(['c1', 'c2']);
      b.write([], ['c1']);
      expect([...a.scores('"payroll"').keys()]).toEqual(['c2']);
      expect(a.match('"payroll"')).toEqual([{ candidateId: 'c2', score: a.scores('"payroll"').get('c2') }]);
    } finally {
      a.close();
      b.close();
    }
  });

  it('returns a snippet for every requested candidate that matches, whatever the order of rowids', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-snip-'));
    dirs.push(dir);
    const store = KeywordStore.open(path.join(dir, 'keyword.db'));
    try {
      const ids = Array.from({ length: 400 }, (_, i) => `c${i}`);
      store.write(ids.map((id, i) => doc(id, `${i % 3 === 0 ? 'payroll' : 'benefits'} administration for team ${i}`)), []);
      // Rewrite a scattered subset so rowids no longer follow id order (as incremental indexing does).
      store.write(ids.filter((_, i) => i % 7 === 0).reverse().map((id) => doc(id, `payroll benefits administration ${id}`)), []);
      const wanted = ids.filter((_, i) => i % 19 === 0);
      const snippets = store.snippets('"payroll" OR "benefits"', wanted);
      expect([...snippets.keys()].sort()).toEqual([...wanted].sort());
      for (const s of snippets.values()) expect(s).toMatch(/\*\*(payroll|benefits)\*\*/);
      expect(store.snippets('"payroll"', ['c1', 'c0', 'missing'])).toEqual(new Map([['c0', expect.stringContaining('**payroll**')]]));
    } finally {
      store.close();
    }
  });

  it('shows an excerpt that adds to the title, not one that repeats it (issue 12: MCP snippets were the title again)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-snip-'));
    dirs.push(dir);
    const store = KeywordStore.open(path.join(dir, 'keyword.db'));
    try {
      // The title column holds both words, the resume text one: FTS5 alone picks the title column.
      store.write([{ ...doc('c1', 'Summary\nReconciled payroll and fixed assets for 40 clients as the accountant of a regional firm.'), title: 'Staff Accountant' }], []);
      const snippet = store.snippets('"staff" AND "accountant"', ['c1']).get('c1')!;
      expect(snippet).not.toBe('**Staff** **Accountant**');
      expect(snippet).toContain('**accountant**');
      expect(snippet).toMatch(/payroll|clients|regional/);
    } finally {
      store.close();
    }
  });
});
