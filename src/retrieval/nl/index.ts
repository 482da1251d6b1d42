/** Natural language → SearchRequest: the offline parser, the LLM parser with fallback, and the vocabulary they map onto. */
export { parseNaturalLanguage, type NlParse } from './offline-parser.js';
export { createNlParser, parseWithLlm } from './llm-parser.js';
export type { NlVocabulary } from './vocabulary.js';
