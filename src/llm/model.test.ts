import { describe, expect, it } from 'vitest';
import { chooseLanguageModel, languageModelFromEnv } from './model.js';

describe('languageModelFromEnv', () => {
  it('returns null when no provider is configured', () => {
    expect(languageModelFromEnv({})).toBeNull();
    expect(languageModelFromEnv({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1' })).toBeNull();
  });

  it('prefers OpenAI, then Anthropic, then an OpenAI-compatible base URL, with model overrides', () => {
    expect(chooseLanguageModel({ OPENAI_API_KEY: 'k', ANTHROPIC_API_KEY: 'k', OPENAI_MODEL: 'gpt-x' })).toMatchObject({ provider: 'openai', modelId: 'gpt-x' });
    expect(chooseLanguageModel({ ANTHROPIC_API_KEY: 'k', ANTHROPIC_MODEL: 'claude-x' })).toMatchObject({ provider: 'anthropic', modelId: 'claude-x' });
    const local = chooseLanguageModel({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'llama3.1' });
    expect(local).toMatchObject({ provider: 'openai-compatible', modelId: 'llama3.1' });
    expect(typeof local?.model === 'object' && local.model !== null && 'doGenerate' in local.model).toBe(true);
  });
});
