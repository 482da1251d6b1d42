import Database from 'better-sqlite3';
import { porterStem } from './porter.js';

/*
 * The tokens SQLite's FTS5 makes with `tokenize='porter unicode61'`, so in-memory postings hold what
 * the FTS5 index holds and score exactly as bm25() does. ASCII text is tokenized here (unicode61 keeps
 * runs of ASCII letters and digits, folds A-Z; then porter.ts); text with any non-ASCII character is
 * handed to SQLite itself (an in-memory FTS5 table read back through fts5vocab), because unicode61's
 * Unicode categories, case folding and diacritic removal are SQLite's own tables.
 */

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_WORD = /[A-Za-z0-9]+/g;

/** Porter-stemmed unicode61 tokens of ASCII `text`. */
export function asciiTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ASCII_WORD)) out.push(stemCached(m[0].toLowerCase()));
  return out;
}

const stems = new Map<string, string>();
function stemCached(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = porterStem(word);
    if (stems.size > 200_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** Tokenizes through SQLite's own FTS5 for text this module does not tokenize itself. */
export class SqliteTokenizer {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly read: Database.Statement;
  private readonly clear: Database.Statement;

  constructor(columns: number) {
    this.db = new Database(':memory:');
    const cols = Array.from({ length: columns }, (_, i) => `c${i}`);
    this.db.exec(`CREATE VIRTUAL TABLE t USING fts5(${cols.join(', ')}, tokenize='porter unicode61'); CREATE VIRTUAL TABLE v USING fts5vocab(t, instance);`);
    this.insert = this.db.prepare(`INSERT INTO t (rowid, ${cols.join(', ')}) VALUES (1, ${cols.map(() => '?').join(', ')})`);
    this.read = this.db.prepare('SELECT term, col, offset FROM v').raw();
    this.clear = this.db.prepare('DELETE FROM t');
  }

  /** Tokens per column of one row. */
  tokens(values: string[]): string[][] {
    this.insert.run(...values);
    const out: string[][] = values.map(() => []);
    for (const [term, col, offset] of this.read.all() as [string, string, number][]) out[Number(col.slice(1))][offset] = term;
    this.clear.run();
    return out;
  }

  close(): void {
    this.db.close();
  }
}

/** Tokens per column: ASCII here, anything else through SQLite. */
export function rowTokens(values: string[], sqlite: () => SqliteTokenizer): string[][] {
  if (values.every((v) => ASCII_ONLY.test(v))) return values.map(asciiTokens);
  return sqlite().tokens(values);
}
