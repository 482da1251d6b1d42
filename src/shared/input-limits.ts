/*
 * Size limits on every input a door accepts. Unbounded strings let one request stall the event loop
 * for everyone (a 200,000-character candidate id once blocked the server for ~19 s), so every tool
 * schema field is bounded and src/mcp/define-tool.ts refuses to register a tool whose input is not.
 */

/** Ashby ids are UUIDs (36 chars); 100 leaves room for other id formats. */
export const ID_MAX_CHARS = 100;
/** Free text: a search query, a Boolean query. */
export const TEXT_MAX_CHARS = 2_000;
/** A pasted job description. */
export const DESCRIPTION_MAX_CHARS = 20_000;
/** One filter value: a stage, job, recruiter, skill, company name. */
export const VALUE_MAX_CHARS = 200;
/** Values in one list (filter values, dimensions). */
export const LIST_MAX_ITEMS = 100;
/** Opaque tokens and cursors the server itself issued. */
export const TOKEN_MAX_CHARS = 1_000;
