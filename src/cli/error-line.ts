import { ZodError } from 'zod';
import { AppError } from '../shared/errors.js';
import { logger } from '../shared/logger.js';

/** A message on one line (commander puts its "Did you mean" hint on a second one). */
export function oneLine(message: string): string {
  return message.trim().replace(/\s*\n\s*/g, ' ');
}

/**
 * The one line the CLI prints for an error: coded errors keep their message, invalid input lists
 * each problem with its field, and anything else is reported as internal (details go to the log).
 * Query syntax errors keep their caret line under the query, the one deliberate second line.
 */
export function cliErrorLine(error: unknown): string {
  if (AppError.isInstance(error)) return `Error (${error.code}): ${error.code === 'query_syntax' ? error.message : oneLine(error.message)}`;
  if (error instanceof ZodError) {
    return `Error (invalid_input): ${error.issues.map((i) => `${i.path.join('.') || 'input'}: ${oneLine(i.message)}`).join('; ')}`;
  }
  logger.debug({ err: error instanceof Error ? error.stack : String(error) }, 'command failed');
  return `Error (internal): ${oneLine(error instanceof Error ? error.message : String(error))}`;
}
