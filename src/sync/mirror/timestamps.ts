// Days 29-31 take the slow path: Date rolls an impossible date (Feb 30) over, and so must we.
const CANONICAL = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/** Ashby timestamps are ISO-8601 UTC; normalise to `toISOString()` form so text comparison orders them. */
export function normalizeTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  // Already in toISOString() form (what Ashby sends): skip the Date round trip, ~300k times a full sync.
  if (value.length === 24 && CANONICAL.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** True when `incoming` is strictly older than, or equal to, what the mirror already has. */
export function isStale(incoming: string, existing: string): boolean {
  return incoming <= existing;
}
