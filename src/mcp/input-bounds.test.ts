import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { boundedToolInput, unboundedPaths } from './input-bounds.js';
import { connectInMemory, makeTestDeps } from '../../test/support/mcp-harness.js';

type Result = { isError?: boolean; content: { type: string; text?: string }[] };

describe('tool inputs are bounded and refuse unknown keys', () => {
  let env: ReturnType<typeof makeTestDeps>;
  let client: Client;
  const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as Result;
  const text = (r: Result) => r.content.map((c) => c.text ?? '').join('\n');

  beforeAll(async () => {
    env = makeTestDeps();
    client = await connectInMemory(env.api);
  });
  afterAll(async () => {
    await client.close();
    env.cleanup();
  });

  it('every listed tool input bounds every string and array and allows no unknown keys', async () => {
    const { tools } = await client.listTools();
    expect(tools.length).toBeGreaterThan(0);
    for (const tool of tools) expect(unboundedPaths(tool.inputSchema as never), tool.name).toEqual([]);
  });

  it('registering a tool with an unbounded input fails at start-up', () => {
    expect(() => boundedToolInput('demo_tool', z.object({ id: z.string() }))).toThrow(/demo_tool has unbounded input \(id: string without maxLength\)/);
    expect(() => boundedToolInput('demo_tool', z.object({ ids: z.array(z.string().max(5)) }))).toThrow(/ids: array without maxItems/);
  });

  it.each([
    ['stages', 'stage'],
    ['Stage', 'stage'],
    ['rejection_reason', 'rejectionReason'],
  ])('a misspelled filter key %s is an error naming %s, not a silently wider search', async (wrong, right) => {
    const r = await call('search_candidates', { filters: { [wrong]: ['Onsite'] } });
    expect(r.isError).toBe(true);
    expect(text(r)).toContain(`Unknown filter "${wrong}": did you mean "${right}"?`);
    expect(text(r)).toContain('Valid filters: stage, stageReached');
  });

  it('a misspelled top-level argument, date bound or insight dimension is an error naming the closest valid one', async () => {
    expect(text(await call('get_candidate_profile', { candidate_id: 'C1', candidateId: 'C1' }))).toContain('Unknown argument "candidate_id": did you mean "candidateId"?');
    expect(text(await call('search_candidates', { filters: { updated: { afer: '2024-01-01' } } }))).toContain('Unknown date bound "afer": did you mean "after"?');
    expect(text(await call('export_candidates_xlsx', { text: 'x', limit: 5 }))).toMatch(/Unknown argument "limit".*Valid arguments: text, boolean, filters, mode, allReached\./);
    const insights = await call('get_insights', { dimensions: ['skill', 'location'] });
    expect(insights.isError).toBe(true);
    expect(text(insights)).toContain('Unknown dimension "skill": did you mean "skills"?');
    expect((await call('get_insights', { dimensions: ['skills', 'location'] })).isError).toBeFalsy();
  });

  it('over-long values are refused with the limit', async () => {
    const r = await call('get_candidate_profile', { candidateId: 'x'.repeat(200_000) });
    expect(r.isError).toBe(true);
    expect(text(r)).toMatch(/candidateId/);
    expect(text(r)).toMatch(/100/);
    expect((await call('search_candidates', { filters: { stage: ['x'.repeat(201)] } })).isError).toBe(true);
  });
});
