import { InvalidArgumentError, Option } from 'commander';

/*
 * Option parsers that turn a bad value into commander's one-line error naming what is accepted
 * (`option '--limit <n>' argument 'abc' is invalid. Expected a whole number from 1 to 500.`), instead of letting NaN reach a zod schema
 * and print its trace.
 */

/** A parser for a whole-number option within [min, max]. */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\s*-?\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
      throw new InvalidArgumentError(`Expected a whole number ${range}.`);
    }
    return n;
  };
}

const SEARCH_MODES = ['hybrid', 'keyword', 'vector'] as const;

/** `--mode <mode>`: one of the search modes, checked by commander. */
export function modeOption(): Option {
  return new Option('--mode <mode>', 'hybrid | keyword | vector').choices(SEARCH_MODES).default('hybrid');
}
