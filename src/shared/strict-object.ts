import { closest } from 'fastest-levenshtein';
import { z } from 'zod';

/*
 * Objects that refuse unknown keys. A misspelled filter (`stages`, `Stage`, `rejection_reason`) used
 * to be dropped silently, so a query meant to return 21 candidates returned 1,121. An unknown key is
 * now an error that names the closest valid key and lists them all.
 */

/** "Unknown filter "stages": did you mean "stage"? Valid filters: …" */
function unknownKeyMessage(keys: readonly string[], valid: readonly string[], what: string): string {
  // Keys come from the caller: cap how many and how long, so the message stays cheap to build.
  const parts = keys.slice(0, 5).map((long) => {
    const key = long.slice(0, 100);
    const guess = valid.length ? closest(key, valid as string[]) : undefined;
    return `Unknown ${what} "${key}"${guess ? `: did you mean "${guess}"?` : '.'}`;
  });
  return `${parts.join(' ')} Valid ${what}s: ${valid.join(', ')}.`;
}

/** Like `z.object(shape)`, but an unknown key is an error naming the closest valid one. */
export function strictObject<T extends z.ZodRawShape>(shape: T, what: string) {
  const valid = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeyMessage(issue.keys, valid, what) : undefined),
  });
}

/** Like `z.enum(values)`, but the error names the closest valid value. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.code === 'invalid_value' && typeof issue.input === 'string'
        ? `Unknown ${what} "${issue.input.slice(0, 100)}": did you mean "${closest(issue.input.slice(0, 100), [...values])}"? Valid ${what}s: ${values.join(', ')}.`
        : undefined,
  });
}
