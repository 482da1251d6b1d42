import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { fixtureVocabulary } from '../../../test/support/nl-vocabulary.js';
import { createNlParser, parseWithLlm } from './llm-parser.js';
import { llmOutputSchema, type LlmSearchOutput } from './llm-schema.js';

const vocab = fixtureVocabulary();
const now = new Date('2026-11-27T12:00:00Z');

const empty: LlmSearchOutput = Object.fromEntries(Object.keys(llmOutputSchema(vocab).shape).map((k) => [k, null])) as LlmSearchOutput;

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
  it('uses a good answer, normalising free values to the account spelling, and sends vocabulary and a strict schema', async () => {
    const model = answering(
      JSON.stringify({ ...empty, text: 'backend engineers', stageReached: ['Onsite'], recruiter: ['Maya Patel'], location: ['berlin'], updatedAfter: '2026-05-27', yearsMin: 5 }),
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

  it('rejects a hallucinated stage (not one of the account enums) and falls back to the offline parser', async () => {
    const model = answering(JSON.stringify({ ...empty, text: 'designers', stage: ['Panel Interview'], source: ['Referral'] }));
    const parsed = await parseWithLlm('designers at the panel interview from referrals', vocab, { model, now });
    expect(parsed.parser).toBe('offline');
    expect(parsed.request.filters).toEqual({ source: ['Referral'] });
    expect(parsed.request.filters?.stage).toBeUndefined();
    const call = model.doGenerateCalls[0];
    const schema = JSON.stringify(call.responseFormat?.type === 'json' ? call.responseFormat.schema : {});
    expect(schema).toContain('"Hiring Manager Screen"');
    expect(schema).toContain('"exclude"');
  });

  it('keeps a negation negative: the model\'s exclude becomes filters.exclude', async () => {
    const model = answering(
      JSON.stringify({ ...empty, text: 'engineers', exclude: { ...Object.fromEntries(Object.keys(empty).filter((k) => k in llmOutputSchema(vocab).shape.exclude.unwrap().shape).map((k) => [k, null])), rejectionReason: ['Compensation'], source: ['Agency'], location: ['berlin'] } }),
    );
    const parsed = await parseWithLlm('engineers not rejected for comp, no agencies, not in Berlin', vocab, { model, now });
    expect(parsed.parser).toBe('llm');
    expect(parsed.request.filters).toEqual({ exclude: { rejectionReason: ['Compensation'], source: ['Agency'], location: ['Berlin'] } });
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
