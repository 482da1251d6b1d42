/**
 * Deterministic pseudo-random numbers (sfc32, 128-bit state) and derived ids, so a seed reproduces
 * an account byte for byte. A 32-bit-state generator is not enough here: per-record streams would
 * overlap and hand out the same UUID twice in a 100,000-candidate account.
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A number seeds through splitmix32; a string through a 128-bit hash (use strings for per-record streams). */
  constructor(seed: number | string) {
    [this.a, this.b, this.c, this.d] = typeof seed === 'string' ? hash128(seed) : splitmix4(seed >>> 0);
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Pick by weights (same length as items). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i];
      if (r < 0) return items[i];
    }
    return items[items.length - 1];
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = items.slice();
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }

  /** A version-4-shaped UUID drawn from this stream, as a flat string (no rope of concatenations). */
  uuid(): string {
    const codes = UUID_CODES;
    let pos = 0;
    for (let w = 0; w < 4; w++) {
      const word = this.nextUint32();
      for (let shift = 28; shift >= 0; shift -= 4) {
        if (pos === 8 || pos === 13 || pos === 18 || pos === 23) codes[pos++] = 45; // '-'
        codes[pos++] = HEX_CODES[(word >>> shift) & 15];
      }
    }
    codes[14] = 52; // version 4
    codes[19] = HEX_CODES[8 | (HEX_CODES.indexOf(codes[19]) & 3)];
    return String.fromCharCode.apply(null, codes as unknown as number[]);
  }
}

const HEX_CODES = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));
const UUID_CODES = new Array<number>(36).fill(48);

function splitmix4(seed: number): [number, number, number, number] {
  let x = seed;
  const next = () => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  return [next(), next(), next(), next()];
}

/** cyrb128: four 32-bit words from a string. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A 32-bit hash of a string (FNV-1a), used to derive per-record seeds. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A UUID derived from a name (stable across runs), for ids computed lazily, such as history entries. */
export function derivedUuid(name: string): string {
  return new Prng(name).uuid();
}
