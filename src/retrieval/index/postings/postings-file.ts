import fs from 'node:fs';
import type { PostingsParts, TermPostings } from './keyword-postings.js';

/*
 * The keyword postings saved next to keyword.db, so opening the service reads them instead of
 * re-tokenizing every row: at 1M synthetic candidates the build was 473 s of an 829 s open
 * (README, 2026-12-05). The file is only a cache of keyword.db: it names the state it was built
 * from (`key`: keyword-store.ts derives it from the docs table, which every write changes), and a
 * file that does not match, is damaged or of another format is ignored (the postings are then built
 * from the rows, as before). Layout: 4-byte header length, the JSON header, then the typed arrays,
 * each at an 8-byte aligned offset, so loading is one read and views into it (no copy per term).
 */

const FORMAT = 1;

type ArrayKind = 'i32' | 'u8' | 'u16' | 'u32';
type Ref = [offset: number, length: number, kind: ArrayKind];

interface Header {
  format: number;
  key: string;
  columns: string[];
  nRow: number;
  nToken: number;
  docLen: Ref;
  terms: [name: string, rids: Ref, cols: Ref, posStart: Ref, pos: Ref][];
}

type Typed = Int32Array | Uint8Array | Uint16Array | Uint32Array;

const kindOf = (a: Typed): ArrayKind => (a instanceof Int32Array ? 'i32' : a instanceof Uint8Array ? 'u8' : a instanceof Uint16Array ? 'u16' : 'u32');
const align8 = (n: number) => (n + 7) & ~7;

/** Write `parts` to `file` (atomically: a temporary file renamed over it), tagged with `key`. */
export function writePostingsFile(file: string, parts: PostingsParts, key: string): void {
  const arrays: Typed[] = [];
  let offset = 0;
  const ref = (a: Typed): Ref => {
    const r: Ref = [offset, a.length, kindOf(a)];
    arrays.push(a);
    offset = align8(offset + a.byteLength);
    return r;
  };
  const header: Header = {
    format: FORMAT,
    key,
    columns: [...parts.columns],
    nRow: parts.nRow,
    nToken: parts.nToken,
    docLen: ref(parts.docLen),
    terms: [...parts.terms].map(([name, t]) => [name, ref(t.rids), ref(t.cols), ref(t.posStart), ref(t.pos)]),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const dataStart = align8(4 + json.length);
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    const head = Buffer.alloc(dataStart);
    head.writeUInt32LE(json.length, 0);
    json.copy(head, 4);
    fs.writeSync(fd, head);
    let at = 0;
    for (const a of arrays) {
      const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
      fs.writeSync(fd, bytes);
      const next = align8(at + a.byteLength);
      if (next > at + a.byteLength) fs.writeSync(fd, Buffer.alloc(next - at - a.byteLength));
      at = next;
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

/** The postings saved in `file` if it exists and was written for `key` and `columns`; else null. */
export function readPostingsFile(file: string, key: string, columns: readonly string[]): PostingsParts | null {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return null;
  }
  try {
    if (buf.length < 4) return null;
    const headerLength = buf.readUInt32LE(0);
    if (4 + headerLength > buf.length) return null;
    const header = JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')) as Header;
    if (header.format !== FORMAT || header.key !== key || header.columns.join('\u0000') !== columns.join('\u0000')) return null;
    // Views need their element alignment within the buffer: copy the (rare) unaligned one.
    const data = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
    const base = data.byteOffset + align8(4 + headerLength);
    const view = ([off, len, kind]: Ref): Typed => {
      const size = kind === 'u8' ? 1 : kind === 'u16' ? 2 : 4;
      if (base + off + len * size > data.byteOffset + data.length) throw new Error('postings file truncated');
      const C = kind === 'i32' ? Int32Array : kind === 'u8' ? Uint8Array : kind === 'u16' ? Uint16Array : Uint32Array;
      return new C(data.buffer as ArrayBuffer, base + off, len);
    };
    const terms = new Map<string, TermPostings>();
    for (const [name, rids, cols, posStart, pos] of header.terms) {
      terms.set(name, { rids: view(rids) as Int32Array, cols: view(cols) as Uint8Array, posStart: view(posStart) as Uint32Array, pos: view(pos) as Uint16Array | Uint32Array });
    }
    return { terms, docLen: view(header.docLen) as Uint32Array, nRow: header.nRow, nToken: header.nToken, columns };
  } catch {
    return null;
  }
}
