/** Ashby timestamps are ISO-8601 UTC; normalise to `toISOString()` form so text comparison orders them. */
export function normalizeTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** True when `incoming` is strictly older than, or equal to, what the mirror already has. */
export function isStale(incoming: string, existing: string): boolean {
  return incoming <= existing;
}
