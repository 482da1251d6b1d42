import { pino, type Logger } from 'pino';
import { environment } from './config.js';

/**
 * One structured logger to stderr (stdout belongs to the MCP stdio transport and to CLI output).
 * Candidate PII never goes into log fields: log ids and counts, not names, emails or resume text.
 */
export const logger: Logger = pino(
  {
    level: environment().LOG_LEVEL ?? (environment().VITEST ? 'silent' : 'info'),
    base: undefined,
    redact: { paths: ['*.email', '*.phone', '*.name', '*.apiKey', '*.authorization', 'headers.authorization'], censor: '[redacted]' },
  },
  pino.destination(2),
);

export type { Logger };
