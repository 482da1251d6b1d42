/*
 * A parser for the FTS5 MATCH expressions this product generates (query/fts-compile.ts,
 * search/free-text-query.ts): quoted strings, an optional `column :` filter on a string, a trailing `*`
 * (prefix), AND / OR / NOT and parentheses, with FTS5's precedence (NOT binds tighter than AND,
 * AND tighter than OR; all left-associative). Anything else (NEAR, column sets, `^`, a column filter
 * on a group) parses to null: the caller then runs the expression in FTS5 itself.
 */

export type FtsExpr =
  | { type: 'phrase'; text: string; column: string | null; prefix: boolean }
  | { type: 'and' | 'or' | 'not'; left: FtsExpr; right: FtsExpr };

type Tok = { k: 'str'; v: string } | { k: 'op'; v: 'AND' | 'OR' | 'NOT' } | { k: '(' | ')' | ':' | '*' } | { k: 'word'; v: string };

function lex(s: string): Tok[] | null {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '(' || c === ')' || c === ':' || c === '*') {
      out.push({ k: c });
      i++;
    } else if (c === '"') {
      let v = '';
      i++;
      for (;;) {
        if (i >= s.length) return null;
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            v += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += s[i++];
      }
      out.push({ k: 'str', v });
    } else {
      const m = /^[A-Za-z0-9_]+/.exec(s.slice(i));
      if (!m) return null;
      const w = m[0];
      if (w === 'AND' || w === 'OR' || w === 'NOT') out.push({ k: 'op', v: w });
      else out.push({ k: 'word', v: w });
      i += w.length;
    }
  }
  return out;
}

/** Parse `expression`, or null when it uses anything outside the subset above. */
export function parseFtsExpression(expression: string, columns: readonly string[]): FtsExpr | null {
  const toks = lex(expression);
  if (!toks || toks.length === 0) return null;
  let p = 0;
  const peek = () => toks[p];
  const isOp = (v: string) => {
    const t = peek();
    return t !== undefined && t.k === 'op' && t.v === v;
  };
  const primary = (): FtsExpr | null => {
    const t = peek();
    if (!t) return null;
    if (t.k === '(') {
      p++;
      const e = orExpr();
      if (!e || peek()?.k !== ')') return null;
      p++;
      return e;
    }
    let column: string | null = null;
    if (t.k === 'word') {
      if (toks[p + 1]?.k !== ':') return null;
      if (!columns.includes(t.v)) return null;
      column = t.v;
      p += 2;
    }
    const s = peek();
    if (!s || s.k !== 'str') return null;
    p++;
    let prefix = false;
    if (peek()?.k === '*') {
      prefix = true;
      p++;
    }
    return { type: 'phrase', text: s.v, column, prefix };
  };
  const notExpr = (): FtsExpr | null => {
    let left = primary();
    while (left && isOp('NOT')) {
      p++;
      const right = primary();
      if (!right) return null;
      left = { type: 'not', left, right };
    }
    return left;
  };
  const andExpr = (): FtsExpr | null => {
    let left = notExpr();
    while (left && isOp('AND')) {
      p++;
      const right = notExpr();
      if (!right) return null;
      left = { type: 'and', left, right };
    }
    return left;
  };
  const orExpr = (): FtsExpr | null => {
    let left = andExpr();
    while (left && isOp('OR')) {
      p++;
      const right = andExpr();
      if (!right) return null;
      left = { type: 'or', left, right };
    }
    return left;
  };
  const e = orExpr();
  return e && p === toks.length ? e : null;
}
