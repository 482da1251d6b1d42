import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.js';
import { allTerms, looksBoolean, parseBoolean, requiredTerms } from './boolean-parser.js';
import { compileFts, toFtsMatch } from './fts-compile.js';

function syntaxError(query: string): AppError {
  try {
    parseBoolean(query);
  } catch (error) {
    if (AppError.isInstance(error)) return error;
    throw error;
  }
  throw new Error(`expected ${query} to fail`);
}

const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE docs USING fts5(text, title, company, skill, school, tokenize='porter unicode61')`);
const insert = db.prepare('INSERT INTO docs (rowid, text, title, company, skill, school) VALUES (?, ?, ?, ?, ?, ?)');
insert.run(1, 'python and go on kubernetes at scale, node.js too', 'Staff Engineer', 'Acme', 'Kubernetes', 'MIT');
insert.run(2, 'python and java services', 'Backend Engineer', 'Globex', 'Java', 'Stanford University');
insert.run(3, 'figma prototypes and user research', 'Product Designer', 'Initech', 'Figma', 'RISD');
insert.run(4, 'c++ embedded firmware, some python', 'Firmware Engineer', 'Acme', 'C++', 'MIT');
afterAll(() => db.close());

function ids(match: string): number[] {
  return (db.prepare('SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rowid').all(match) as { rowid: number }[]).map((r) => r.rowid);
}

function search(query: string, expand?: (t: string) => string[]): number[] {
  return ids(toFtsMatch(parseBoolean(query), { expand }, query));
}

describe('parseBoolean', () => {
  it('gives NOT precedence over AND over OR, with implicit AND', () => {
    const ast = parseBoolean('a b OR NOT c d');
    expect(ast).toMatchObject({
      type: 'or',
      children: [
        { type: 'and', children: [{ value: 'a' }, { value: 'b' }] },
        { type: 'and', children: [{ type: 'not', child: { value: 'c' } }, { value: 'd' }] },
      ],
    });
  });

  it('reads phrases, -exclusions, wildcards and field prefixes on terms, phrases and groups', () => {
    const ast = parseBoolean('title:(staff OR "principal engineer") -company:acme python*');
    expect(ast).toMatchObject({
      type: 'and',
      children: [
        { type: 'or', children: [{ type: 'term', value: 'staff', field: 'title' }, { type: 'phrase', value: 'principal engineer', field: 'title' }] },
        { type: 'not', child: { type: 'term', value: 'acme', field: 'company' } },
        { type: 'term', value: 'python', prefix: true, field: null },
      ],
    });
  });

  it('keeps lower-case and/or as words and odd tokens as plain terms', () => {
    expect(parseBoolean('research and development')).toMatchObject({ type: 'and', children: [{ value: 'research' }, { value: 'and' }, { value: 'development' }] });
    expect(parseBoolean('node.js c++ c#')).toMatchObject({ children: [{ value: 'node.js' }, { value: 'c++' }, { value: 'c#' }] });
  });

  it('points at the character of a malformed query', () => {
    const unbalanced = syntaxError('python AND (go');
    expect(unbalanced.code).toBe('query_syntax');
    expect(unbalanced.details?.position).toBe(11);
    expect(unbalanced.message).toMatch(/^Unbalanced parenthesis.* at position 11: "python AND \(go"\n +\^$/);
    const caretLine = unbalanced.message.split('\n')[1];
    const firstLine = unbalanced.message.split('\n')[0];
    expect(firstLine[caretLine.length - 1]).toBe('(');

    expect(syntaxError('python AND').details?.position).toBe(7);
    expect(syntaxError('OR java').details?.position).toBe(0);
    expect(syntaxError('a )').details?.position).toBe(2);
    expect(syntaxError('say "hello').details?.position).toBe(4);
    expect(syntaxError('title: ').code).toBe('query_syntax');
    expect(syntaxError('').code).toBe('query_syntax');
    expect(syntaxError('a ()').details?.position).toBe(2);
  });

  it('lists required and highlightable terms', () => {
    const ast = parseBoolean('python "machine learning" (go OR rust) -java eng*');
    expect(requiredTerms(ast)).toEqual(['python', 'machine learning', 'eng*']);
    expect(allTerms(ast)).toEqual(['python', 'machine learning', 'go', 'rust', 'eng*']);
  });

  it('recognises typed Boolean syntax', () => {
    expect(looksBoolean('python AND go')).toBe(true);
    expect(looksBoolean('title:engineer')).toBe(true);
    expect(looksBoolean('python -java')).toBe(true);
    expect(looksBoolean('senior python engineers in Berlin')).toBe(false);
    expect(looksBoolean('full-stack engineers')).toBe(false);
  });
});

describe('toFtsMatch against a real FTS5 table', () => {
  it('matches what the Boolean query means', () => {
    expect(search('python')).toEqual([1, 2, 4]);
    expect(search('python -java')).toEqual([1, 4]);
    expect(search('python NOT java NOT kubernetes')).toEqual([4]);
    expect(search('title:engineer company:acme')).toEqual([1, 4]);
    expect(search('title:(designer OR staff)')).toEqual([1, 3]);
    expect(search('"user research" OR "java services"')).toEqual([2, 3]);
    expect(search('skill:kube*')).toEqual([1]);
    expect(search('school:"stanford university"')).toEqual([2]);
    expect(search('node.js')).toEqual([1]);
    expect(search('(go OR java) AND -title:backend')).toEqual([1]);
    // A minus right before a phrase or a group negates it (it is not a search term of its own).
    expect(search('title:engineer -"java services"')).toEqual([1, 4]);
    expect(search('python -(java OR firmware)')).toEqual([1]);
  });

  it('expands unprefixed terms with synonyms', () => {
    const expand = (t: string) => (t === 'k8s' ? ['kubernetes'] : [t]);
    expect(toFtsMatch(parseBoolean('k8s'), { expand })).toBe('("k8s" OR "kubernetes")');
    expect(search('k8s', expand)).toEqual([1]);
  });

  it('returns exclusions separately when there is no positive term, and refuses a negative OR branch', () => {
    expect(compileFts(parseBoolean('-java -figma'))).toEqual({ match: null, exclude: '"java" OR "figma"' });
    expect(() => toFtsMatch(parseBoolean('-java'), {}, '-java')).toThrow(expect.objectContaining({ code: 'query_syntax' }));
    expect(() => toFtsMatch(parseBoolean('python OR -java'), {}, 'python OR -java')).toThrow(
      expect.objectContaining({ code: 'query_syntax', details: expect.objectContaining({ position: 10 }) }),
    );
    expect(search('NOT (NOT python)')).toEqual([1, 2, 4]);
  });

  it('refuses an unknown field prefix, naming the valid ones, instead of matching nothing', () => {
    expect(() => parseBoolean('python foo:bar')).toThrow(/Unknown field prefix "foo:".*valid prefixes: title:, company:, skill:, school:/);
    expect(() => parseBoolean('python foo:bar')).toThrow(expect.objectContaining({ code: 'query_syntax', details: { position: 7 } }));
    expect(parseBoolean('"foo:bar"')).toMatchObject({ type: 'phrase', value: 'foo:bar' });
    expect(parseBoolean('TITLE:nurse')).toMatchObject({ field: 'title' });
  });

  it('never throws anything but query_syntax on random token soup, and FTS5 accepts every compiled query', () => {
    const pieces = ['AND', 'OR', 'NOT', '-', '(', ')', '"', 'title:', 'company:', 'skill:', 'school:', 'foo:', '*', 'py*', 'node.js', 'c++', 'c#', 'go', 'x', '""', '&&', '||', ':', "'", '-go', 'NEAR', '^', '{', '}', 'é', '+', '.'];
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let compiled = 0;
    for (let n = 0; n < 3000; n++) {
      const count = 1 + Math.floor(rand() * 7);
      const query = Array.from({ length: count }, () => pieces[Math.floor(rand() * pieces.length)]).join(rand() < 0.7 ? ' ' : '');
      let result: ReturnType<typeof compileFts>;
      try {
        result = compileFts(parseBoolean(query), { expand: (t) => [t, `${t}x`] }, query);
      } catch (error) {
        expect(AppError.isInstance(error) && error.code, query).toBe('query_syntax');
        continue;
      }
      for (const expr of [result.match, result.exclude]) {
        if (expr === null) continue;
        expect(() => ids(expr), `${query} → ${expr}`).not.toThrow();
        compiled++;
      }
    }
    expect(compiled).toBeGreaterThan(500);
  });
});
