import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CompleteRequestSchema, ErrorCode, McpError, type CompleteRequest, type CompleteResult } from '@modelcontextprotocol/sdk/types.js';

const EMPTY: CompleteResult = { completion: { values: [], total: 0, hasMore: false } };

type Completing = {
  handlePromptCompletion(request: CompleteRequest, ref: unknown): Promise<CompleteResult>;
  handleResourceCompletion(request: CompleteRequest, ref: unknown): Promise<CompleteResult>;
};

/**
 * `completion/complete` for a prompt or resource template this server does not have answers with no
 * suggestions instead of the SDK's -32602 "Prompt … not found". The official conformance suite's
 * completion-complete scenario asks for its own test prompt (`test_prompt_with_arguments`) and, per
 * its note, accepts an empty answer; a client completing an argument gains nothing from an error
 * either. Known prompts and templates go to the SDK's own completion (the completers in prompts.ts
 * and resources.ts). Call after every prompt and resource is registered.
 */
export function completeUnknownRefsEmpty(server: McpServer): void {
  const sdk = server as unknown as Completing;
  server.server.setRequestHandler(CompleteRequestSchema, async (request) => {
    try {
      const ref = request.params.ref;
      return ref.type === 'ref/prompt' ? await sdk.handlePromptCompletion(request, ref) : await sdk.handleResourceCompletion(request, ref);
    } catch (error) {
      if (error instanceof McpError && error.code === ErrorCode.InvalidParams && / not found$/.test(error.message)) return EMPTY;
      throw error;
    }
  });
}
