import { ZodError } from 'zod';
import { AppError, type ErrorCode } from '../shared/errors.js';
import { logger } from '../shared/logger.js';

/*
 * The one mapping from errors to what a Slack user reads (an ephemeral message). Coded AppErrors
 * already say what was wrong and what is accepted; the hint adds what to do in Slack. Anything
 * uncoded is a bug: the user gets a short apology, the log gets the error (never candidate data).
 */

const HINTS: Partial<Record<ErrorCode, string>> = {
  filter_unknown_value: 'Rephrase with one of the values above, or drop that part of the request.',
  stage_unknown: 'Pick one of the valid stages above.',
  query_syntax: 'Check the quotes and parentheses in the Boolean part, or ask in plain words.',
  export_too_large: 'Add a filter (a job, a stage, a location or a date range) and export again.',
  writes_disabled: 'Ask an admin to set REDISCOVERY_ALLOW_WRITES=true on the server if the bot should add candidates to jobs.',
  confirmation_invalid: 'The confirmation expired or was already used: click "Add to job…" again.',
  index_missing: 'The search index is still being built; try again in a minute.',
  index_model_mismatch: 'The search index was built with another model; ask an admin to rebuild it.',
  embedding_model_unavailable: 'Meaning-based search is unavailable right now; add "keyword" wording or try again later.',
  ashby_rate_limited: 'Ashby is rate limiting us; try again in a minute.',
  forbidden: 'Ask an admin to add you (or this channel) to the bot\'s allowlist.',
};

/** The short ephemeral text for an error: what went wrong and what to change. */
export function slackErrorText(err: unknown, where: string): string {
  if (AppError.isInstance(err)) {
    const hint = HINTS[err.code];
    return `:warning: ${err.message}${hint ? `\n${hint}` : ''}`;
  }
  if (err instanceof ZodError) {
    const issues = err.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
    return `:warning: That request could not be used (${issues}). Try rephrasing it; \`/rediscover help\` shows examples.`;
  }
  logger.error({ where, err: err instanceof Error ? err.message : String(err) }, 'slack handler failed');
  return ':warning: Something went wrong on our side; the server log has details. Try again, or rephrase the request.';
}

/** The code recorded in the audit log for an error. */
export function slackErrorCode(err: unknown): string {
  if (AppError.isInstance(err)) return err.code;
  if (err instanceof ZodError) return 'invalid_input';
  return 'internal';
}
