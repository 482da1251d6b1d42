import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freeTextQuery } from '../../search/free-text-query.js';
import { KEYWORD_COLUMNS, KeywordStore, type KeywordDoc } from '../keyword-store.js';
import { KeywordPostings } from './keyword-postings.js';
import { readPostingsFile, writePostingsFile } from './postings-file.js';

const doc = (i: number, text: string): KeywordDoc => ({ candidateId: `c${i}`, text, title: i % 2 ? 'Backend Engineer' : 'Registered Nurse', company: 'Acme', skill: 'python, patient care', school: '' });
const DOCS = Array.from({ length: 50 }, (_, i) => doc(i, `managed the team ${i % 3 ? 'python' : 'java'} patient care ${'word '.repeat(i % 7)} Zürich`));
const QUERIES = ['python java', 'patient care nurse', 'zürich', 'backend engineer'].map((t) => freeTextQuery(t).expression!);

describe('saved keyword postings', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-postings-file-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('read back as written: the same match sets and scores; another key, other columns or a damaged file read as null', () => {
    const store = KeywordStore.open(path.join(dir, 'keyword.db'));
    store.write(DOCS, []);
    const built = KeywordPostings.build(store.db, KEYWORD_COLUMNS);
    const file = path.join(dir, 'p.bin');
    writePostingsFile(file, built.parts(), 'k1');
    const parts = readPostingsFile(file, 'k1', KEYWORD_COLUMNS)!;
    expect(parts).not.toBeNull();
    const loaded = KeywordPostings.fromParts(parts, 1);
    const weights = [0, 1, 2, 1, 1.5, 1];
    for (const q of QUERIES) expect(loaded.match(q, weights)).toEqual(built.match(q, weights));
    expect(readPostingsFile(file, 'k2', KEYWORD_COLUMNS)).toBeNull();
    expect(readPostingsFile(file, 'k1', ['text'])).toBeNull();
    fs.truncateSync(file, fs.statSync(file).size - 16);
    expect(readPostingsFile(file, 'k1', KEYWORD_COLUMNS)).toBeNull();
    expect(readPostingsFile(path.join(dir, 'missing.bin'), 'k1', KEYWORD_COLUMNS)).toBeNull();
    store.close();
  });

  it('a store opened again loads them from the file; after any write it builds them again, and answers stay the same', () => {
    const file = path.join(dir, 'keyword.db');
    const first = KeywordStore.open(file);
    first.write(DOCS, []);
    expect(first.warmPostings()?.fromFile).toBeFalsy();
    const before = QUERIES.map((q) => first.matches(q));
    first.close();
    expect(fs.existsSync(`${file}.postings`)).toBe(true);

    const again = KeywordStore.open(file);
    expect(again.warmPostings()?.fromFile).toBe(true);
    expect(QUERIES.map((q) => again.matches(q))).toEqual(before);
    // A replaced row and a deleted one: the saved file no longer matches.
    again.write([doc(3, 'java java java')], ['c4']);
    again.close();
    const fts = KeywordStore.open(file);
    const postings = fts.warmPostings();
    expect(postings?.fromFile).toBeFalsy();
    const withPostings = QUERIES.map((q) => fts.matches(q));
    fts.close();
    // The same answers as FTS5 itself after the change (postings off).
    process.env.REDISCOVERY_KEYWORD_POSTINGS = 'off';
    try {
      const plain = KeywordStore.open(file);
      expect(QUERIES.map((q) => ({ rids: [...plain.matches(q).rids] }))).toEqual(withPostings.map((m) => ({ rids: [...m.rids] })));
      plain.close();
    } finally {
      delete process.env.REDISCOVERY_KEYWORD_POSTINGS;
    }
  });
});
