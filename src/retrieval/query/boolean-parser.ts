import { AppError } from '../../shared/errors.js';
import { BOOLEAN_FIELDS, type BoolAst, type BooleanField, type LeafNode } from './boolean-ast.js';

/*
 * Recursive-descent parser for the Boolean keyword syntax recruiters already know from LinkedIn
 * Recruiter: AND, OR, NOT / -term, implicit AND, "phrases", (groups), field:prefixes, trailing *.
 * Precedence NOT > AND > OR. Operators are recognised only in upper case, so a lower-case "and"
 * or "or" stays an ordinary word (people paste titles like "research and development").
 */

type Token =
  | { kind: 'lparen'; pos: number }
  | { kind: 'rparen'; pos: number }
  | { kind: 'and' | 'or' | 'not'; pos: number }
  | { kind: 'minus'; pos: number }
  | { kind: 'field'; field: BooleanField; pos: number }
  | { kind: 'word'; value: string; prefix: boolean; pos: number }
  | { kind: 'phrase'; value: string; pos: number }
  | { kind: 'end'; pos: number };

const FIELD_SET = new Set<string>(BOOLEAN_FIELDS);
const STOP_CHARS = new Set([' ', '\t', '\n', '\r', '(', ')', '"']);

/** A `query_syntax` error whose message shows the query with a caret under `position`. */
export function querySyntaxError(query: string, position: number, problem: string): AppError {
  const quoted = JSON.stringify(query);
  const head = `${problem} at position ${position}: `;
  const caret = ' '.repeat(head.length + 1 + Math.min(position, query.length)) + '^';
  return new AppError('query_syntax', `${head}${quoted}\n${caret}`, { details: { position, query } });
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(') {
      tokens.push({ kind: 'lparen', pos: i++ });
    } else if (ch === ')') {
      tokens.push({ kind: 'rparen', pos: i++ });
    } else if (ch === '"') {
      const close = query.indexOf('"', i + 1);
      if (close < 0) throw querySyntaxError(query, i, 'Unterminated quote');
      tokens.push({ kind: 'phrase', value: query.slice(i + 1, close), pos: i });
      i = close + 1;
    } else if (ch === '-' && i + 1 < query.length && !/[\s)-]/.test(query[i + 1])) {
      // `-term`, `-"a phrase"` and `-(a group)` all negate what follows.
      tokens.push({ kind: 'minus', pos: i++ });
    } else {
      const start = i;
      while (i < query.length && !STOP_CHARS.has(query[i]) && !/\s/.test(query[i])) i++;
      pushWord(tokens, query.slice(start, i), start);
    }
  }
  tokens.push({ kind: 'end', pos: query.length });
  return tokens;
}

function pushWord(tokens: Token[], word: string, pos: number): void {
  if (word === 'AND' || word === 'OR' || word === 'NOT') {
    tokens.push({ kind: word.toLowerCase() as 'and' | 'or' | 'not', pos });
    return;
  }
  if (word === '&&') return void tokens.push({ kind: 'and', pos });
  if (word === '||') return void tokens.push({ kind: 'or', pos });
  const colon = word.indexOf(':');
  if (colon > 0 && FIELD_SET.has(word.slice(0, colon).toLowerCase())) {
    tokens.push({ kind: 'field', field: word.slice(0, colon).toLowerCase() as BooleanField, pos });
    const rest = word.slice(colon + 1);
    if (rest.length > 0) pushWord(tokens, rest, pos + colon + 1);
    return;
  }
  if (colon > 0 && /^[a-z]+$/i.test(word.slice(0, colon))) {
    // `foo:bar` used to search for the literal token and quietly match nothing.
    const valid = BOOLEAN_FIELDS.map((f) => `${f}:`).join(', ');
    throw new AppError('query_syntax', `Unknown field prefix "${word.slice(0, colon)}:" in the Boolean query; valid prefixes: ${valid} (put "${word}" in quotes to search for it as written).`, {
      details: { position: pos },
    });
  }
  const prefix = word.length > 1 && word.endsWith('*');
  tokens.push({ kind: 'word', value: prefix ? word.replace(/\*+$/, '') : word, prefix, pos });
}

class Parser {
  private index = 0;
  constructor(
    private readonly query: string,
    private readonly tokens: Token[],
  ) {}

  private peek(): Token {
    return this.tokens[this.index];
  }

  private next(): Token {
    return this.tokens[this.index++];
  }

  private fail(pos: number, problem: string): never {
    throw querySyntaxError(this.query, pos, problem);
  }

  parseQuery(): BoolAst {
    const first = this.peek();
    if (first.kind === 'end') this.fail(0, 'Empty Boolean query');
    const ast = this.parseOr();
    const rest = this.peek();
    if (rest.kind === 'rparen') this.fail(rest.pos, 'Unbalanced parenthesis: no "(" before this ")"');
    if (rest.kind !== 'end') this.fail(rest.pos, 'Unexpected input');
    return ast;
  }

  private parseOr(): BoolAst {
    const start = this.peek().pos;
    const children = [this.parseAnd()];
    while (this.peek().kind === 'or') {
      const op = this.next();
      this.expectOperand(op.pos, 'OR');
      children.push(this.parseAnd());
    }
    return children.length === 1 ? children[0] : { type: 'or', children, position: start };
  }

  private parseAnd(): BoolAst {
    const start = this.peek().pos;
    const children = [this.parseUnary()];
    for (;;) {
      const t = this.peek();
      if (t.kind === 'and') {
        this.next();
        this.expectOperand(t.pos, 'AND');
        children.push(this.parseUnary());
      } else if (t.kind === 'end' || t.kind === 'rparen' || t.kind === 'or') {
        break;
      } else {
        children.push(this.parseUnary()); // implicit AND between adjacent terms
      }
    }
    return children.length === 1 ? children[0] : { type: 'and', children, position: start };
  }

  private expectOperand(opPos: number, op: string): void {
    const t = this.peek();
    if (t.kind === 'end' || t.kind === 'rparen' || t.kind === 'or' || t.kind === 'and') {
      this.fail(t.kind === 'end' ? opPos : t.pos, `${op} needs a term after it`);
    }
  }

  private parseUnary(): BoolAst {
    const t = this.peek();
    if (t.kind === 'not' || t.kind === 'minus') {
      this.next();
      const after = this.peek();
      if (after.kind === 'end' || after.kind === 'rparen' || after.kind === 'or' || after.kind === 'and') {
        this.fail(t.pos, t.kind === 'not' ? 'NOT needs a term after it' : '"-" needs a term after it');
      }
      return { type: 'not', child: this.parseUnary(), position: t.pos };
    }
    return this.parsePrimary(null);
  }

  private parsePrimary(field: BooleanField | null): BoolAst {
    const t = this.next();
    switch (t.kind) {
      case 'word':
        return { type: 'term', value: t.value, field, prefix: t.prefix, position: t.pos };
      case 'phrase':
        if (t.value.trim() === '') this.fail(t.pos, 'Empty quoted phrase');
        return { type: 'phrase', value: t.value.trim(), field, position: t.pos };
      case 'lparen': {
        if (this.peek().kind === 'rparen') this.fail(t.pos, 'Empty parentheses');
        const inner = this.parseOr();
        const close = this.next();
        if (close.kind !== 'rparen') this.fail(t.pos, 'Unbalanced parenthesis: this "(" is never closed');
        return field ? withField(inner, field) : inner;
      }
      case 'field': {
        const target = this.peek();
        if (target.kind !== 'word' && target.kind !== 'phrase' && target.kind !== 'lparen') {
          this.fail(t.pos, `${t.field}: needs a word, "phrase" or (group) right after it`);
        }
        return this.parsePrimary(t.field);
      }
      case 'and':
      case 'or':
        return this.fail(t.pos, `${t.kind.toUpperCase()} needs a term on its left`);
      case 'rparen':
        return this.fail(t.pos, 'Unbalanced parenthesis: no "(" before this ")"');
      default:
        return this.fail(t.pos, 'Expected a term');
    }
  }
}

/** A field on a group applies to every leaf in it that has no field of its own. */
function withField(ast: BoolAst, field: BooleanField): BoolAst {
  switch (ast.type) {
    case 'term':
    case 'phrase':
      return ast.field ? ast : { ...ast, field };
    case 'not':
      return { ...ast, child: withField(ast.child, field) };
    default:
      return { ...ast, children: ast.children.map((c) => withField(c, field)) };
  }
}

/** Parse a Boolean keyword query; a malformed one throws `AppError('query_syntax')` with `details.position`. */
export function parseBoolean(query: string): BoolAst {
  return new Parser(query, tokenize(query)).parseQuery();
}

/** True when the text uses Boolean syntax (operators, field prefixes, groups or -exclusions) rather than plain words. */
export function looksBoolean(text: string): boolean {
  return /\b(AND|OR|NOT)\b/.test(text) || /\b(title|company|skill|school):\S/i.test(text) || /(^|\s)-[\p{L}\p{N}"(]/u.test(text) || /\(.*\)/.test(text);
}

function leafText(leaf: LeafNode): string {
  return leaf.type === 'term' && leaf.prefix ? `${leaf.value}*` : leaf.value;
}

/**
 * Terms every match must contain (the AND spine, outside OR and NOT), for "why" explanations.
 * Prefix terms keep their trailing `*`.
 */
export function requiredTerms(ast: BoolAst): string[] {
  switch (ast.type) {
    case 'term':
    case 'phrase':
      return [leafText(ast)];
    case 'and':
      return dedupe(ast.children.flatMap(requiredTerms));
    default:
      return [];
  }
}

/** Every positive (not negated) term or phrase, for highlighting. Prefix terms keep their trailing `*`. */
export function allTerms(ast: BoolAst): string[] {
  switch (ast.type) {
    case 'term':
    case 'phrase':
      return [leafText(ast)];
    case 'not':
      return [];
    default:
      return dedupe(ast.children.flatMap(allTerms));
  }
}

function dedupe(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
