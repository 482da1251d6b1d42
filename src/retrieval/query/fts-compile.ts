import type { BoolAst, LeafNode } from './boolean-ast.js';
import { querySyntaxError } from './boolean-parser.js';

/*
 * Compiles a Boolean AST into an SQLite FTS5 MATCH expression over a table whose columns are
 * `text, title, company, skill, school`. Every user token is emitted as a quoted FTS5 string
 * (`"node.js"`, `"c++"`), so user text can never produce an FTS5 syntax error.
 *
 * FTS5's NOT is binary (`a NOT b`): it has no "everything except". So the compiler carries, for each
 * node, a positive part and a list of exclusions, and attaches the exclusions to the nearest positive
 * part (`python -java` → `"python" NOT "java"`). A query that is ONLY exclusions (`-java -php`) has
 * no positive part: `compileFts` then returns `match: null` and the exclusions in `exclude`, and the
 * caller takes all rows minus `rowid IN (… MATCH exclude)`. An exclusion-only alternative inside OR
 * (`python OR -java`) cannot be expressed and is a `query_syntax` error.
 */

interface FtsCompileOptions {
  /** Synonym expansion for an unprefixed term (k8s → [k8s, kubernetes]); include the term itself. */
  expand?: (term: string) => string[];
}

/** `match` null means "every row"; `exclude` non-null means "minus the rows matching it". */
interface FtsQuery {
  match: string | null;
  exclude: string | null;
}

interface Part {
  pos: string | null;
  neg: string[];
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function compileLeaf(leaf: LeafNode, opts: FtsCompileOptions): string {
  const column = leaf.field ? `${leaf.field} : ` : '';
  if (leaf.type === 'term' && leaf.prefix) return `${column}${quote(leaf.value)}*`;
  const variants = leaf.type === 'term' && opts.expand ? uniqueVariants(leaf.value, opts.expand(leaf.value)) : [leaf.value];
  if (variants.length === 1) return `${column}${quote(variants[0])}`;
  return `(${variants.map((v) => `${column}${quote(v)}`).join(' OR ')})`;
}

function uniqueVariants(term: string, expanded: string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of [term, ...expanded]) {
    const trimmed = v.trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return [...seen.values()];
}

function render(part: Part): string {
  if (part.pos === null) throw new Error('render() needs a positive part');
  if (part.neg.length === 0) return part.pos;
  return `(${part.pos} NOT ${part.neg.join(' NOT ')})`;
}

function compileNode(ast: BoolAst, query: string, opts: FtsCompileOptions): Part {
  switch (ast.type) {
    case 'term':
    case 'phrase':
      return { pos: compileLeaf(ast, opts), neg: [] };
    case 'not': {
      const inner = compileNode(ast.child, query, opts);
      // NOT (NOT a AND NOT b) is (a OR b): double negation becomes positive again.
      if (inner.pos === null) return { pos: `(${inner.neg.join(' OR ')})`, neg: [] };
      return { pos: null, neg: [render(inner)] };
    }
    case 'and': {
      const parts = ast.children.map((c) => compileNode(c, query, opts));
      const positives = parts.flatMap((p) => (p.pos === null ? [] : [p.pos]));
      const neg = parts.flatMap((p) => p.neg);
      const pos = positives.length === 0 ? null : positives.length === 1 ? positives[0] : `(${positives.join(' AND ')})`;
      return { pos, neg };
    }
    case 'or': {
      const rendered = ast.children.map((c) => {
        const part = compileNode(c, query, opts);
        if (part.pos === null) {
          throw querySyntaxError(query, c.position, 'An OR alternative cannot be only excluded terms');
        }
        return render(part);
      });
      return { pos: `(${rendered.join(' OR ')})`, neg: [] };
    }
  }
}

/** Compile to an FTS5 query plus the exclusions a caller must subtract when there is no positive term. */
export function compileFts(ast: BoolAst, opts: FtsCompileOptions = {}, query = ''): FtsQuery {
  const part = compileNode(ast, query, opts);
  if (part.pos === null) return { match: null, exclude: part.neg.join(' OR ') };
  return { match: render(part), exclude: null };
}

/**
 * Compile to a single FTS5 MATCH expression. A query made only of exclusions has none and throws
 * `query_syntax`; callers that want to support it use `compileFts`.
 */
export function toFtsMatch(ast: BoolAst, opts: FtsCompileOptions = {}, query = ''): string {
  const compiled = compileFts(ast, opts, query);
  if (compiled.match === null) {
    throw querySyntaxError(query, ast.position, 'The Boolean query needs at least one term that is not excluded');
  }
  return compiled.match;
}
