import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { ZodError } from 'zod';
import { AppError } from '../shared/errors.js';
import { logger } from '../shared/logger.js';

/*
 * The one mapping from errors to MCP tool results. Coded AppErrors carry a message written for the
 * user (what was wrong, what is accepted); anything else is a bug and is reported without internals.
 */

/** The code recorded in the audit log for an error. */
export function errorCode(err: unknown): string {
  if (AppError.isInstance(err)) return err.code;
  if (err instanceof ZodError) return 'invalid_input';
  return 'internal';
}

/** A tool result with `isError: true` and a message naming what was wrong and what is accepted. */
export function toolErrorResult(err: unknown, tool: string): CallToolResult {
  let text: string;
  if (AppError.isInstance(err)) {
    text = `Error (${err.code}): ${err.message}`;
  } else if (err instanceof ZodError) {
    const issues = err.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
    text = `Error (invalid_input): ${issues}`;
  } else {
    logger.error({ tool, err: err instanceof Error ? err.message : String(err) }, 'mcp tool failed');
    text = `Error (internal): ${tool} failed unexpectedly; the server log has details.`;
  }
  return { isError: true, content: [{ type: 'text', text }] };
}
