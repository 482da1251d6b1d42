import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';
import type { AppConfig } from '../shared/config.js';

/** The language-model variables, parsed in src/shared/config.ts. */
type LlmSettings = Partial<Pick<AppConfig, 'OPENAI_API_KEY' | 'OPENAI_MODEL' | 'OPENAI_BASE_URL' | 'ANTHROPIC_API_KEY' | 'ANTHROPIC_MODEL' | 'LLM_BASE_URL' | 'LLM_MODEL' | 'LLM_API_KEY'>>;

/** Which provider a model came from, for logs and status output (never the key). */
interface ModelChoice {
  model: LanguageModel;
  provider: 'openai' | 'anthropic' | 'openai-compatible';
  modelId: string;
}

const DEFAULT_OPENAI_MODEL = 'gpt-4.1-mini';
const DEFAULT_ANTHROPIC_MODEL = 'claude-haiku-4-5';

/**
 * Pick a language model from the environment, or null when none is configured (the offline parser
 * is then used). Precedence: OPENAI_API_KEY, then ANTHROPIC_API_KEY, then LLM_BASE_URL (an
 * OpenAI-compatible server such as a local Ollama at http://localhost:11434/v1, with LLM_MODEL).
 */
export function chooseLanguageModel(env: LlmSettings): ModelChoice | null {
  if (env.OPENAI_API_KEY) {
    const modelId = env.OPENAI_MODEL || DEFAULT_OPENAI_MODEL;
    const openai = createOpenAI({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL || undefined });
    // A custom base URL is usually an OpenAI-compatible server, which speaks Chat Completions, not Responses.
    return { model: env.OPENAI_BASE_URL ? openai.chat(modelId) : openai(modelId), provider: 'openai', modelId };
  }
  if (env.ANTHROPIC_API_KEY) {
    const modelId = env.ANTHROPIC_MODEL || DEFAULT_ANTHROPIC_MODEL;
    return { model: createAnthropic({ apiKey: env.ANTHROPIC_API_KEY })(modelId), provider: 'anthropic', modelId };
  }
  if (env.LLM_BASE_URL && env.LLM_MODEL) {
    const provider = createOpenAICompatible({
      name: 'openai-compatible',
      baseURL: env.LLM_BASE_URL,
      apiKey: env.LLM_API_KEY || undefined,
      supportsStructuredOutputs: true,
    });
    return { model: provider.chatModel(env.LLM_MODEL), provider: 'openai-compatible', modelId: env.LLM_MODEL };
  }
  return null;
}

/** The configured language model, or null when no provider is configured. */
export function languageModelFromEnv(env: LlmSettings): LanguageModel | null {
  return chooseLanguageModel(env)?.model ?? null;
}
