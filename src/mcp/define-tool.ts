import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import { logger } from '../shared/logger.js';
import type { DoorAuditEntry, ProductApi } from '../app/product-api.js';
import { errorCode, toolErrorResult } from './errors.js';
import { boundedToolInput } from './input-bounds.js';
import { listTool } from './tool-list.js';
import { wrapCandidateData } from './untrusted-text.js';

type Content = CallToolResult['content'][number];

interface ToolOutcome<O> {
  output: O;
  /** Rows or candidates returned, for the audit log. */
  resultCount?: number;
  /** Replaces the default JSON text mirror (e.g. to delimit resume text). */
  text?: string;
  /** Extra content after the text (e.g. an embedded file). */
  extraContent?: Content[];
}

interface ToolSpec<I extends z.ZodObject, O extends z.ZodObject> {
  name: string;
  title: string;
  description: string;
  input: I;
  output: O;
  annotations: Required<Pick<ToolAnnotations, 'readOnlyHint' | 'destructiveHint' | 'idempotentHint' | 'openWorldHint'>>;
  /** The output carries candidate-written text (names, titles, snippets…): its text mirror is marked untrusted. */
  candidateWritten?: boolean;
  run(args: z.infer<I>): Promise<ToolOutcome<z.input<O>>>;
}

async function safeAudit(api: ProductApi, entry: DoorAuditEntry): Promise<void> {
  try {
    await api.audit(entry);
  } catch (err) {
    logger.error({ action: entry.action, err: err instanceof Error ? err.message : String(err) }, 'audit write failed');
  }
}

/** The text content: the tool's own readable summary, else the JSON; candidate-written text only inside the untrusted block. */
function textContent(structured: Record<string, unknown>, summary: string | undefined, candidateWritten = false): string {
  const text = summary ?? JSON.stringify(structured);
  return candidateWritten ? wrapCandidateData(text) : text;
}

/** One log notification per call for clients that asked for logs: no arguments or results (they can hold PII). */
function notify(server: McpServer, level: 'info' | 'warning', data: Record<string, unknown>): void {
  server.sendLoggingMessage({ level, logger: 'rediscovery', data }).catch(() => undefined);
}

/**
 * Register one tool with the shared behaviour every tool needs: `structuredContent` from
 * `Output.parse` (extra keys stripped, so clients' schema validation passes) mirrored as JSON text,
 * coded errors as `isError` results, one audit row per call, and an input schema that is bounded and
 * refuses unknown arguments (src/mcp/input-bounds.ts).
 */
export function defineTool<I extends z.ZodObject, O extends z.ZodObject>(server: McpServer, api: ProductApi, spec: ToolSpec<I, O>): void {
  const inputSchema = boundedToolInput(spec.name, spec.input);
  // tools/list is served compactly from this record (tool-list.ts); the SDK still validates calls.
  listTool(server, { name: spec.name, title: spec.title, description: spec.description, input: inputSchema, output: spec.output, annotations: spec.annotations });
  server.registerTool(
    spec.name,
    {
      title: spec.title,
      description: spec.description,
      inputSchema,
      outputSchema: spec.output,
      // The title is the tool's own `title`; repeating it in annotations only grows tools/list.
      annotations: spec.annotations,
    },
    (async (args: z.infer<I>): Promise<CallToolResult> => {
      const at = api.now();
      try {
        const outcome = await spec.run(args);
        const structured = spec.output.parse(outcome.output) as Record<string, unknown>;
        await safeAudit(api, { action: `tool:${spec.name}`, args, resultCount: outcome.resultCount ?? null, at });
        notify(server, 'info', { tool: spec.name, outcome: 'ok', resultCount: outcome.resultCount ?? null, ms: api.now().getTime() - at.getTime() });
        return {
          structuredContent: structured,
          content: [{ type: 'text', text: textContent(structured, outcome.text, spec.candidateWritten) }, ...(outcome.extraContent ?? [])],
        };
      } catch (err) {
        await safeAudit(api, { action: `tool:${spec.name}`, args, outcome: 'error', detail: errorCode(err), at });
        notify(server, 'warning', { tool: spec.name, outcome: 'error', code: errorCode(err) });
        return toolErrorResult(err, spec.name);
      }
    }) as never,
  );
}
