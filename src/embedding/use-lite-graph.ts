import { OnnxGraphBuilder, OnnxType, float32Bytes, valueInfo } from './onnx-graph-builder.js';
import type { TfjsWeight } from './tfjs-weights.js';

/** Tokens the encoder reads per text (the TF graph's ClipToMaxLength). */
export const USE_LITE_MAX_TOKENS = 128;
export const USE_LITE_DIMENSION = 512;
const HEADS = 4;

const ENCODE = 'module_apply_default/Encoder_en/KonaTransformer/Encode/';
const VARS = 'module/Encoder_en/KonaTransformer/Encode/';

/**
 * Re-expresses Universal Sentence Encoder Lite (TF.js weights) as an ONNX graph with inputs
 * `input_ids`/`attention_mask` and outputs `sentence_embedding` [batch, 512] plus
 * `last_hidden_state`, which is that embedding broadcast over tokens: transformers.js pools
 * `last_hidden_state`, and the mean of a constant over the masked tokens is the constant itself.
 * Steps follow the TF graph: 2·emb + timing signal, two pre-layer-norm transformer layers,
 * masked mean, a tanh layer, L2 normalisation.
 */
export function buildUseLiteOnnx(weights: Map<string, TfjsWeight>, docString: string): Uint8Array {
  const w = weightReader(weights);
  const g = new OnnxGraphBuilder();
  // Shared constants, several taken from the weights so the numerics match the original graph.
  const eps = g.namedFloat('eps', [], w.get(`${ENCODE}TransformerStack/Layer_1/TransformerLayer/FFN/layer_prepostprocess/layer_norm/Cast/x`, []));
  const oneF = g.namedFloat('one_f', [], float32Bytes([1]));
  const twoF = g.namedFloat('two_f', [], float32Bytes([2]));
  const negBig = g.namedFloat(
    'neg_big',
    [],
    w.get(`${ENCODE}TransformerStack/Layer_1/TransformerLayer/MultiheadAttention/DotProductAttention/attention_bias_ignore_padding/mul/y`, []),
  );
  const l2Eps = g.namedFloat('l2_eps', [], w.get('module_apply_default/Encoder_en/hidden_layers/l2_normalize/Maximum/y', []));
  const zero1 = g.namedInt64('zero1', [0]);
  const one1 = g.namedInt64('one1', [1]);
  const axis1 = g.namedInt64('axis1', [1]);

  const ids = g.op('Slice', ['input_ids', zero1, g.namedInt64('maxlen', [USE_LITE_MAX_TOKENS]), axis1]);
  const maskInt = g.op('Slice', ['attention_mask', zero1, g.namedInt64('maxlen2', [USE_LITE_MAX_TOKENS]), axis1]);
  const mask = g.op('Cast', [maskInt], { to: OnnxType.FLOAT });
  const mask3 = g.op('Unsqueeze', [mask, g.int64('ax', [2])]);
  const batchSeq = g.op('Shape', [ids]);
  const seqLen = g.op('Slice', [batchSeq, one1, g.namedInt64('two1', [2]), zero1]);
  const emb = g.op('Gather', [g.namedFloat('embeddings', [8002, 256], w.get('module/Embeddings_en', [8002, 256])), ids], { axis: 0 });

  // Timing signal: positions × inverse timescales, then [sin | cos].
  const positions = g.op('Range', [g.namedInt64('r0', [0], []), g.op('Squeeze', [seqLen, g.int64('ax', [0])]), g.namedInt64('r1', [1], [])]);
  const positionsCol = g.op('Unsqueeze', [g.op('Cast', [positions], { to: OnnxType.FLOAT }), g.int64('ax', [1])]);
  const scaled = g.op('Mul', [
    positionsCol,
    g.namedFloat('inv_timescales', [1, 128], w.get(`${ENCODE}TransformerStack/Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1`, [1, 128])),
  ]);
  const timing = g.op('Concat', [g.op('Sin', [scaled]), g.op('Cos', [scaled])], { axis: 1 });
  const x0 = g.op('Mul', [g.op('Add', [g.op('Mul', [emb, twoF]), timing]), mask3]);
  const attentionBias = g.op('Unsqueeze', [g.op('Mul', [g.op('Sub', [oneF, mask]), negBig]), g.int64('ax', [1, 2])]);

  const ctx: LayerContext = { g, w, eps, oneF, batchSeq, attentionBias };
  // Layer 0 is 256 wide; a dense projection lifts its residual stream to 512.
  const residual0 = dense(g, x0, w.get(`${ENCODE}Layer_0/TransformerLayer/dense/kernel/ConcatPartitions/concat`, [256, 512]), [256, 512], w.get(`${ENCODE}Layer_0/TransformerLayer/dense/bias/ConcatPartitions/concat`, [512]));
  const x1 = transformerLayer(ctx, 0, x0, 256, residual0);
  const x2 = transformerLayer(ctx, 1, x1, 512, x1);

  // Masked mean over tokens, tanh layer, L2 normalisation.
  const summed = g.op('ReduceSum', [g.op('Mul', [x2, mask3]), axis1], { keepdims: 0 });
  const counts = g.op('Max', [g.op('ReduceSum', [mask, axis1], { keepdims: 1 }), oneF]);
  const pooled = g.op('Div', [summed, counts]);
  const hidden = g.op('Tanh', [
    dense(g, pooled, w.get('module/Encoder_en/hidden_layers/tanh_layer_0/weights', [512, 512]), [512, 512], w.get('module/Encoder_en/hidden_layers/tanh_layer_0/bias', [512])),
  ]);
  const sumSquares = g.op('ReduceSum', [g.op('Mul', [hidden, hidden]), axis1], { keepdims: 1 });
  const invNorm = g.op('Div', [oneF, g.op('Sqrt', [g.op('Max', [sumSquares, l2Eps])])]);
  const sentence = g.op('Mul', [hidden, invNorm], {}, 'sentence_embedding');
  const broadcastShape = g.op('Concat', [batchSeq, g.namedInt64('d512', [USE_LITE_DIMENSION])], { axis: 0 });
  g.op('Expand', [g.op('Unsqueeze', [sentence, g.int64('ax', [1])]), broadcastShape], {}, 'last_hidden_state');

  return g.encode({
    graphName: 'universal_sentence_encoder_lite',
    producerName: 'ashby-rediscovery/use-lite-builder',
    docString,
    inputs: [valueInfo('input_ids', OnnxType.INT64, ['batch', 'seq']), valueInfo('attention_mask', OnnxType.INT64, ['batch', 'seq'])],
    outputs: [
      valueInfo('last_hidden_state', OnnxType.FLOAT, ['batch', 'seq', USE_LITE_DIMENSION]),
      valueInfo('sentence_embedding', OnnxType.FLOAT, ['batch', USE_LITE_DIMENSION]),
    ],
  });
}

interface WeightReader {
  /** Raw bytes of a float32 weight, checked against the shape the graph expects. */
  get(name: string, shape: number[]): Uint8Array;
}

interface LayerContext {
  g: OnnxGraphBuilder;
  w: WeightReader;
  eps: string;
  oneF: string;
  batchSeq: string;
  attentionBias: string;
}

function weightReader(weights: Map<string, TfjsWeight>): WeightReader {
  return {
    get(name, shape) {
      const weight = weights.get(name);
      if (!weight) throw new Error(`USE-Lite weight missing from model.json: ${name}`);
      const count = (dims: number[]) => dims.reduce((a, b) => a * b, 1);
      // TF stores 1×1 conv kernels as [1, 1, in, out]; same bytes as the [in, out] matrix.
      if (weight.dtype !== 'float32' || count(weight.shape) !== count(shape)) {
        throw new Error(`USE-Lite weight ${name} has ${weight.dtype} [${weight.shape}], expected float32 [${shape}]`);
      }
      return weight.bytes;
    },
  };
}

function dense(g: OnnxGraphBuilder, x: string, kernel: Uint8Array, dims: number[], bias: Uint8Array): string {
  return g.op('Add', [g.op('MatMul', [x, g.floatWeight('W', dims, kernel)]), g.floatWeight('b', [dims[1]], bias)]);
}

function layerNorm(ctx: LayerContext, x: string, scale: Uint8Array, bias: Uint8Array, width: number): string {
  const { g } = ctx;
  const centered = g.op('Sub', [x, g.op('ReduceMean', [x], { axes: [-1], keepdims: 1 })]);
  const variance = g.op('ReduceMean', [g.op('Mul', [centered, centered])], { axes: [-1], keepdims: 1 });
  const invStd = g.op('Div', [ctx.oneF, g.op('Sqrt', [g.op('Add', [variance, ctx.eps])])]);
  const scaled = g.op('Mul', [g.op('Mul', [g.floatWeight('ln_scale', [width], scale), invStd]), centered]);
  return g.op('Add', [scaled, g.floatWeight('ln_bias', [width], bias)]);
}

/** One pre-layer-norm transformer layer: x + attention(LN(x)), then + FFN(LN(·)). */
function transformerLayer(ctx: LayerContext, layer: number, x: string, width: number, residual: string): string {
  const { g, w } = ctx;
  const own = `${ENCODE}Layer_${layer}/TransformerLayer/`;
  const stack = `${ENCODE}TransformerStack/Layer_${layer}/TransformerLayer/`;
  const mha = `${VARS}Layer_${layer}/TransformerLayer/MultiheadAttention/`;
  const normed = layerNorm(
    ctx,
    x,
    w.get(`${own}layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat`, [width]),
    w.get(`${own}layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat`, [width]),
    width,
  );
  const qkv = dense(
    g,
    normed,
    w.get(`${mha}qkv_transform_single/kernel/part_0`, [width, 3 * width]),
    [width, 3 * width],
    w.get(`${own}MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat`, [3 * width]),
  );
  const [q, k, v] = g.opMulti('Split', [qkv], 3, { axis: 2 });
  const headsShape = g.op('Concat', [ctx.batchSeq, g.int64('hs', [HEADS, width / HEADS])], { axis: 0 });
  const splitHeads = (t: string) => g.op('Transpose', [g.op('Reshape', [t, headsShape])], { perm: [0, 2, 1, 3] });
  const qScaled = g.op('Mul', [splitHeads(q), g.floatWeight('qscale', [], w.get(`${stack}MultiheadAttention/mul/y`, []))]);
  const kHeads = splitHeads(k);
  const vHeads = splitHeads(v);
  const logits = g.op('Add', [g.op('MatMul', [qScaled, g.op('Transpose', [kHeads], { perm: [0, 1, 3, 2] })]), ctx.attentionBias]);
  const context = g.op('MatMul', [g.op('Softmax', [logits], { axis: 3 }), vHeads]);
  const merged = g.op('Reshape', [
    g.op('Transpose', [context], { perm: [0, 2, 1, 3] }),
    g.op('Concat', [ctx.batchSeq, g.int64('cs', [width])], { axis: 0 }),
  ]);
  const attention = dense(
    g,
    merged,
    w.get(`${mha}output_transform_single/kernel/part_0`, [width, 512]),
    [width, 512],
    w.get(`${own}MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat`, [512]),
  );
  const afterAttention = g.op('Add', [attention, residual]);
  const ffnIn = layerNorm(
    ctx,
    afterAttention,
    w.get(`${own}FFN/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat`, [512]),
    w.get(`${own}FFN/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat`, [512]),
    512,
  );
  const ffnHidden = g.op('Relu', [
    dense(g, ffnIn, w.get(`${stack}FFN/conv1/Tensordot/Reshape_1`, [512, 1536]), [512, 1536], w.get(`${own}FFN/conv1/bias/ConcatPartitions/concat`, [1536])),
  ]);
  const ffnOut = dense(g, ffnHidden, w.get(`${stack}FFN/conv2/Tensordot/Reshape_1`, [1536, 512]), [1536, 512], w.get(`${own}FFN/conv2/bias/ConcatPartitions/concat`, [512]));
  return g.op('Add', [ffnOut, afterAttention]);
}
