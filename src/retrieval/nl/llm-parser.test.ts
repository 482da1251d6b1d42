import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { fixtureVocabulary } from './fixture-vocabulary.js';
import { createNlParser, parseWithLlm } from './llm-parser.js';
import { LlmSearchOutput } from './llm-schema.js';

const vocab = fixtureVocabulary();
const now = new Date('2026-11-27T12:00:00Z');

const empty: LlmSearchOutput = Object.fromEntries(Object.keys(LlmSearchOutput.shape).map((k) => [k, null])) as LlmSearchOutput;

function answering(text: string) {
  return new MockLanguageModelV3({
    doGenerate: async () => ({
      content: [{ type: 'text', text }],
      finishReason: { unified: 'stop', raw: 'stop' },
      usage: {
        inputTokens: { total: 100, noCache: 100, cacheRead: undefined, cacheWrite: undefined },
        outputTokens: { total: 50, text: 50, reasoning: undefined },
      },
      warnings: [],
    }),
  });
}

describe('parseWithLlm', () => {
  it('uses a good answer, normalising values to the account spelling, and sends vocabulary and a strict schema', async () => {
    const model = answering(
      JSON.stringify({ ...empty, text: 'backend engineers', stageReached: ['onsite'], recruiter: ['maya patel'], location: ['berlin'], updatedAfter: '2026-05-27', yearsMin: 5 }),
    );
    const parsed = await parseWithLlm('backend engineers in Berlin who reached onsite, Maya, 5+ years, last 6 months', vocab, { model, now });
    expect(parsed.parser).toBe('llm');
    expect(parsed.request).toEqual({
      text: 'backend engineers',
      filters: { stageReached: ['Onsite'], recruiter: ['Maya Patel'], location: ['Berlin'], updated: { after: '2026-05-27' }, yearsExperience: { min: 5 } },
    });
    const call = model.doGenerateCalls[0];
    const system = call.prompt.find((m) => m.role === 'system');
    expect(JSON.stringify(system)).toContain('Final Round');
    expect(JSON.stringify(system)).toContain('2026-11-27');
    const schema = call.responseFormat?.type === 'json' ? (call.responseFormat.schema as { required?: string[]; properties?: object }) : undefined;
    expect(schema?.required?.sort()).toEqual(Object.keys(schema?.properties ?? {}).sort());
  });

  it('drops a hallucinated stage into free text with a note', async () => {
    const model = answering(JSON.stringify({ ...empty, text: 'designers', stage: ['Panel Interview'], source: ['Referral'] }));
    const parsed = await parseWithLlm('designers at the panel interview from referrals', vocab, { model, now });
    expect(parsed.parser).toBe('llm');
    expect(parsed.request.filters).toEqual({ source: ['Referral'] });
    expect(parsed.request.text).toBe('designers Panel Interview');
    expect(parsed.unmapped).toEqual(['Panel Interview']);
    expect(parsed.notes.join(' ')).toMatch(/stage "Panel Interview"/);
  });

  it('falls back to the offline parser on a malformed answer', async () => {
    const model = answering('{"text": "backend", "stage": 42');
    const parsed = await parseWithLlm('referrals who reached onsite', vocab, { model, now });
    expect(parsed.parser).toBe('offline');
    expect(parsed.request.filters).toEqual({ stageReached: ['Onsite'], source: ['Referral'] });
    expect(parsed.notes[0]).toMatch(/offline parser/);
  });

  it('falls back when the call itself fails, and on a malformed Boolean keeps it as text', async () => {
    const failing = new MockLanguageModelV3({
      doGenerate: async () => {
        throw new Error('connect ECONNREFUSED');
      },
    });
    const parsed = await parseWithLlm('rejected for comp', vocab, { model: failing, now });
    expect(parsed.parser).toBe('offline');
    expect(parsed.request.filters).toEqual({ rejectionReason: ['Compensation'] });

    const badBoolean = await parseWithLlm('python and (go', vocab, { model: answering(JSON.stringify({ ...empty, boolean: 'python AND (go' })), now });
    expect(badBoolean.parser).toBe('llm');
    expect(badBoolean.request.boolean).toBeUndefined();
    expect(badBoolean.request.text).toMatch(/python AND/);
  });
});

describe('createNlParser', () => {
  it('uses the offline parser without a model and the LLM with one', async () => {
    const offline = await createNlParser({ vocab, model: null }).parse('referrals', now);
    expect(offline).toMatchObject({ parser: 'offline', request: { filters: { source: ['Referral'] } } });
    const withModel = await createNlParser({ vocab, model: answering(JSON.stringify({ ...empty, source: ['LinkedIn'] })) }).parse('from linkedin', now);
    expect(withModel).toMatchObject({ parser: 'llm', request: { filters: { source: ['LinkedIn'] } } });
  });
});
