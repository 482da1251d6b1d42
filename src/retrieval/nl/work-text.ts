import type { SearchFilters } from '../query/search-request.js';
import type { NlVocabulary } from './vocabulary.js';

/** Consumed characters are replaced by this mark, so later rules cannot match across or into them. */
export const MASK = '\u0001';

/**
 * The request being parsed. Each rule that maps a phrase masks it (same length, so offsets stay
 * valid); whatever is never masked ends up as free text.
 */
export class WorkText {
  private chars: string[];

  constructor(readonly original: string) {
    // UTF-16 code units, like RegExp match indices.
    this.chars = original.split('');
  }

  get text(): string {
    return this.chars.join('');
  }

  consume(start: number, end: number): void {
    for (let i = start; i < end; i++) this.chars[i] = MASK;
  }

  /**
   * Run a global regex over the unconsumed text. The handler returns true to consume the whole
   * match, a [start, end] span to consume part of it, or false to leave it.
   */
  scan(pattern: RegExp, handler: (match: RegExpMatchArray) => boolean | [number, number]): void {
    if (!pattern.global) throw new Error('scan() needs a global RegExp');
    for (const match of [...this.text.matchAll(pattern)]) {
      const start = match.index ?? 0;
      // A match that overlaps text consumed earlier in this same scan is stale.
      if (this.text.slice(start, start + match[0].length) !== match[0]) continue;
      const result = handler(match);
      if (result === true) this.consume(start, start + match[0].length);
      else if (Array.isArray(result)) this.consume(result[0], result[1]);
    }
  }
}

export type MutableFilters = { -readonly [K in keyof SearchFilters]?: SearchFilters[K] };

/** Everything a rule may read or write while parsing one request. */
export interface ParseContext {
  work: WorkText;
  vocab: NlVocabulary;
  now: Date;
  filters: MutableFilters;
  /** Required Boolean pieces (quoted phrases, must-haves, typed Boolean), ANDed together. */
  booleanParts: string[];
  limit?: number;
  notes: string[];
  unmapped: string[];
}
