import { AppError, type ErrorCode } from '../../shared/errors.js';
import { REQUIRED_READ_SCOPES, scopeForMethod } from './scopes.js';

const MARKER = Symbol.for('ashby-rediscovery.AshbyApiError');

/** An Ashby call that failed: carries Ashby's own error code, the request id and the HTTP status. */
export class AshbyApiError extends AppError {
  readonly method: string;
  readonly ashbyCode?: string;
  readonly requestId?: string;
  readonly status?: number;
  readonly [MARKER] = true;

  constructor(
    code: ErrorCode,
    message: string,
    info: { method: string; ashbyCode?: string; requestId?: string; status?: number; cause?: unknown },
  ) {
    super(code, message, {
      cause: info.cause,
      details: { method: info.method, ashbyCode: info.ashbyCode, requestId: info.requestId, status: info.status },
    });
    this.name = 'AshbyApiError';
    this.method = info.method;
    this.ashbyCode = info.ashbyCode;
    this.requestId = info.requestId;
    this.status = info.status;
  }

  static isAshbyApiError(error: unknown): error is AshbyApiError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[MARKER] === true;
  }
}

const KEY_HELP = `Create a key in Ashby Admin → API Keys with the read permissions ${REQUIRED_READ_SCOPES.join(', ')}, then set ASHBY_API_KEY.`;

/** The AppError code for one of Ashby's own error codes, independent of HTTP status. */
function codeForAshbyCode(ashbyCode: string | undefined): ErrorCode | undefined {
  switch (ashbyCode) {
    case 'sync_token_expired':
    case 'sync_token_invalid':
      return 'ashby_sync_token_expired';
    case 'next_cursor_expired':
    case 'invalid_next_cursor':
      return 'ashby_cursor_expired';
    case 'incremental_sync_too_large':
      return 'ashby_incremental_sync_too_large';
    case 'missing_endpoint_permission':
      return 'ashby_permission_denied';
    case 'rate_limit_exceeded':
      return 'ashby_rate_limited';
    default:
      return ashbyCode?.endsWith('_not_found') ? 'not_found' : undefined;
  }
}

/** Build the typed error for a response Ashby refused (a `success:false` envelope or a non-2xx status). */
export function ashbyErrorFor(input: {
  method: string;
  status: number;
  ashbyCode?: string;
  ashbyMessage?: string;
  requestId?: string;
}): AshbyApiError {
  const { method, status, ashbyCode, requestId } = input;
  const info = { method, status, ashbyCode, requestId };
  const byCode = codeForAshbyCode(ashbyCode);
  if (byCode === 'ashby_permission_denied') {
    const scope = scopeForMethod(method) ?? 'the matching';
    return new AshbyApiError(
      byCode,
      `The Ashby API key may not call ${method}: enable the "${scope}" permission on the key in Ashby Admin → API Keys.`,
      info,
    );
  }
  if (status === 401) {
    return new AshbyApiError('ashby_auth_missing', `Ashby rejected ${method} with HTTP 401: no valid API key was sent. ${KEY_HELP}`, info);
  }
  if (status === 403) {
    return new AshbyApiError(
      'ashby_auth_invalid',
      `Ashby refused the API key on ${method} (HTTP 403): the key is wrong or deactivated. ${KEY_HELP}`,
      info,
    );
  }
  const detail = [ashbyCode, input.ashbyMessage].filter(Boolean).join(': ') || `HTTP ${status}`;
  const recovery =
    byCode === 'ashby_sync_token_expired' || byCode === 'ashby_cursor_expired' || byCode === 'ashby_incremental_sync_too_large'
      ? ' Discard the stored sync token and cursor and run a full sync.'
      : '';
  if (byCode) return new AshbyApiError(byCode, `Ashby ${method} failed (${detail}).${recovery}`, info);
  if (status === 429) return new AshbyApiError('ashby_rate_limited', `Ashby ${method} is rate limited (${detail}).`, info);
  if (status >= 500) return new AshbyApiError('ashby_server_error', `Ashby ${method} failed with a server error (${detail}).`, info);
  return new AshbyApiError('ashby_request_failed', `Ashby ${method} failed (${detail}).`, info);
}
