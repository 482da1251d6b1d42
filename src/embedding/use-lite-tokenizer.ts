import { z } from 'zod';
import { USE_LITE_DIMENSION, USE_LITE_MAX_TOKENS } from './use-lite-graph.js';

// A few pieces (`:`, `://`, `▁:)`) carry a null score in the package; they are passed through as
// null, which is what the tokenizer the package was made for also saw.
const VocabJson = z.array(z.tuple([z.string(), z.number().nullable()])).min(8);

/** Ids 1–5 are reserved in USE-Lite's SentencePiece model; their pieces never occur in text. */
const RESERVED_IDS = [1, 2, 3, 4, 5];
const reservedPiece = (id: number) => `[USE_RESERVED_${id}]`;
/** Id 2 pads batches; the attention mask hides it, so any id would do, but it must not be a real piece. */
const PAD_ID = 2;

/**
 * The Hugging Face `tokenizer.json` for USE-Lite's unigram SentencePiece vocabulary: NFKC,
 * `▁` prepended, spaces become `▁`, case kept, no special tokens added, unknown is id 0.
 * The vocabulary's own names for ids 1–5 (`<s>`, `extra_token_id_1`, …) are renamed so that
 * text containing those strings is tokenised as text, as the original tokenizer does.
 */
export function buildUseLiteTokenizerJson(vocabJson: unknown): Record<string, unknown> {
  const vocab = VocabJson.parse(vocabJson).map(([piece, score], id): [string, number | null] =>
    RESERVED_IDS.includes(id) ? [reservedPiece(id), score] : [piece, score],
  );
  const special = (id: number) => ({
    id,
    content: reservedPiece(id),
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special(1), special(PAD_ID)],
    normalizer: { type: 'Sequence', normalizers: [{ type: 'NFKC' }, { type: 'Prepend', prepend: '▁' }] },
    pre_tokenizer: { type: 'Metaspace', replacement: '▁', add_prefix_space: false, prepend_scheme: 'never' },
    post_processor: null,
    decoder: { type: 'Metaspace', replacement: '▁', add_prefix_space: true, prepend_scheme: 'always' },
    model: { type: 'Unigram', unk_id: 0, vocab, byte_fallback: false },
  };
}

/** `tokenizer_config.json`: T5's unigram tokenizer class, truncation at the model's 128 tokens. */
export function buildUseLiteTokenizerConfig(vocabJson: unknown): Record<string, unknown> {
  const unk = VocabJson.parse(vocabJson)[0][0];
  return {
    tokenizer_class: 'T5Tokenizer',
    model_max_length: USE_LITE_MAX_TOKENS,
    pad_token: reservedPiece(PAD_ID),
    unk_token: unk,
    eos_token: reservedPiece(PAD_ID),
    clean_up_tokenization_spaces: false,
  };
}

/** `config.json`: just enough for transformers.js to pick an encoder-only ONNX session. */
export function buildUseLiteModelConfig(vocabSize: number): Record<string, unknown> {
  return {
    model_type: 'bert',
    architectures: ['UniversalSentenceEncoderLite'],
    hidden_size: USE_LITE_DIMENSION,
    max_position_embeddings: USE_LITE_MAX_TOKENS,
    vocab_size: vocabSize,
    note: 'USE-Lite re-expressed as ONNX; use pooling mean (or cls) — output is already the final L2-normalized sentence embedding broadcast over tokens',
  };
}
