import { MockLanguageModelV3 } from 'ai/test';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureVocabulary } from '../../test/support/nl-vocabulary.js';
import { createNlParser } from '../retrieval/nl/llm-parser.js';
import { startBot } from '../../test/support/slack/bot-harness.js';
import { fakeDeps, testConfig } from '../../test/support/slack/fake-deps.js';
import { slackPayloads } from '../../test/support/slack/fake-slack.js';

/*
 * The bot's parse dependency is the NL layer's own parser (the NL tests cover its cases): here a mock
 * model answers with something that is not the schema, and the Slack reply still comes, built from
 * the offline fallback, with a note saying so.
 */

let bot: Awaited<ReturnType<typeof startBot>> | null = null;
afterEach(async () => {
  await bot?.close();
  bot = null;
});

function malformedModel() {
  return new MockLanguageModelV3({
    doGenerate: async () => ({
      content: [{ type: 'text', text: '{"stageReached": "onsite", oops' }],
      finishReason: { unified: 'stop', raw: 'stop' },
      usage: {
        inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
        outputTokens: { total: 5, text: 5, reasoning: undefined },
      },
      warnings: [],
    }),
  });
}

describe('NL at the Slack boundary', () => {
  it('a malformed model answer falls back to the offline parser and the search still runs', async () => {
    const model = malformedModel();
    const parser = createNlParser({ vocab: fixtureVocabulary(), model });
    const deps = fakeDeps({ parse: (text, now) => parser.parse(text, now) });
    bot = await startBot(deps, testConfig());
    await bot.send(slackPayloads.command('python engineers in Seattle who reached onsite'), 'form');
    const reply = await bot.fake.waitFor((c) => c.kind === 'response_url');
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(deps.searches[0]!.filters).toMatchObject({ location: ['Seattle'], stageReached: ['Onsite'] });
    const blocks = JSON.stringify(reply.body.blocks);
    expect(blocks).toContain('could not parse this request; used the offline parser');
    expect(blocks).toContain('Candidate 1');
  });
});
