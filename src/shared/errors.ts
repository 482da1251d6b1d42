/**
 * Typed, coded errors. Callers branch on `code`, never on message text; MCP and Slack map these
 * once each to their own error surfaces.
 */
export type ErrorCode =
  // configuration and input
  | 'config_invalid'
  | 'invalid_input'
  | 'data_dir_in_use'
  // Ashby API
  | 'ashby_auth_missing'
  | 'ashby_auth_invalid'
  | 'ashby_permission_denied'
  | 'ashby_rate_limited'
  | 'ashby_server_error'
  | 'ashby_network_error'
  | 'ashby_invalid_response'
  | 'ashby_request_failed'
  | 'ashby_sync_token_expired'
  | 'ashby_cursor_expired'
  | 'ashby_incremental_sync_too_large'
  // webhooks
  | 'webhook_signature_invalid'
  | 'webhook_body_invalid'
  | 'webhook_body_too_large'
  // files
  | 'file_download_failed'
  | 'file_too_large'
  | 'file_extraction_failed'
  | 'file_no_text_layer'
  // search
  | 'query_syntax'
  | 'filter_unknown_value'
  | 'index_missing'
  | 'index_model_mismatch'
  | 'embedding_model_unavailable'
  // export and writes
  | 'export_too_large'
  | 'writes_disabled'
  | 'confirmation_invalid'
  | 'stage_unknown'
  | 'not_found'
  | 'forbidden'
  // evaluations: a judged figure asked for while some results are not judged yet
  | 'eval_unjudged'
  | 'internal';

const MARKER = Symbol.for('ashby-rediscovery.AppError');

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  readonly [MARKER] = true;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options?.details;
  }

  /** Safe across duplicate module copies, unlike `instanceof`. */
  static isInstance(error: unknown): error is AppError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[MARKER] === true;
  }
}

export function hasCode(error: unknown, code: ErrorCode): boolean {
  return AppError.isInstance(error) && error.code === code;
}

/** A message fit for a user: coded errors keep theirs, anything else is summarised without internals. */
export function userMessage(error: unknown): string {
  if (AppError.isInstance(error)) return error.message;
  if (error instanceof Error) return `Internal error: ${error.message}`;
  return 'Internal error';
}
