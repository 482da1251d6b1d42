import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

/** ONNX TensorProto data types used here. */
export const OnnxType = { FLOAT: 1, INT64: 7 } as const;

type OnnxAttributeValue = number | number[];

/**
 * A minimal ONNX graph writer: nodes and initializers are recorded in creation order, and
 * unnamed values get `<Op>_<n>` names from one counter, so the same build steps always yield
 * the same bytes (which lets a test compare a build against a reference graph byte for byte).
 */
export class OnnxGraphBuilder {
  private counter = 0;
  private readonly nodes: onnxProto.onnx.INodeProto[] = [];
  private readonly initializers: onnxProto.onnx.ITensorProto[] = [];
  private readonly initializerNames = new Set<string>();

  /** A float32 initializer from raw little-endian bytes; `prefix` names it `<prefix>_<n>`. */
  floatWeight(prefix: string, dims: number[], raw: Uint8Array): string {
    return this.addInitializer(`${prefix}_${this.counter++}`, OnnxType.FLOAT, dims, raw);
  }

  /** A named float32 initializer (a scalar when `dims` is empty). */
  namedFloat(name: string, dims: number[], raw: Uint8Array): string {
    return this.addInitializer(name, OnnxType.FLOAT, dims, raw);
  }

  /** A named int64 initializer; `dims` defaults to a 1-D tensor of the values. */
  namedInt64(name: string, values: number[], dims: number[] = [values.length]): string {
    return this.addInitializer(name, OnnxType.INT64, dims, int64Bytes(values));
  }

  /** An int64 1-D initializer named `<prefix>_<n>`. */
  int64(prefix: string, values: number[]): string {
    return this.namedInt64(`${prefix}_${this.counter++}`, values);
  }

  /** Adds one node; returns its single output name (auto-named unless `outputName` is given). */
  op(opType: string, inputs: string[], attributes: Record<string, OnnxAttributeValue> = {}, outputName?: string): string {
    return this.opMulti(opType, inputs, 1, attributes, outputName)[0];
  }

  /** Adds one node with `outputCount` auto-named outputs. */
  opMulti(
    opType: string,
    inputs: string[],
    outputCount: number,
    attributes: Record<string, OnnxAttributeValue> = {},
    outputName?: string,
  ): string[] {
    const outputs = outputName !== undefined ? [outputName] : Array.from({ length: outputCount }, () => `${opType}_${this.counter++}`);
    const node: onnxProto.onnx.INodeProto = { input: inputs, output: outputs, name: `n_${opType}_${this.counter++}`, opType };
    const attribute = Object.entries(attributes).map(([name, value]) => toAttribute(name, value));
    if (attribute.length > 0) node.attribute = attribute;
    this.nodes.push(node);
    return outputs;
  }

  /** Serialises the model (opset 13, IR 7) with the given graph inputs and outputs. */
  encode(spec: {
    graphName: string;
    producerName: string;
    docString: string;
    inputs: onnxProto.onnx.IValueInfoProto[];
    outputs: onnxProto.onnx.IValueInfoProto[];
  }): Uint8Array {
    const model = onnx.ModelProto.create({
      irVersion: 7,
      producerName: spec.producerName,
      docString: spec.docString,
      opsetImport: [onnx.OperatorSetIdProto.create({ domain: '', version: 13 })],
      graph: onnx.GraphProto.create({
        node: this.nodes.map((n) => onnx.NodeProto.create({ ...n, attribute: n.attribute?.map((a) => onnx.AttributeProto.create(a)) })),
        name: spec.graphName,
        initializer: this.initializers.map((t) => onnx.TensorProto.create(t)),
        input: spec.inputs,
        output: spec.outputs,
      }),
    });
    return onnx.ModelProto.encode(model).finish();
  }

  private addInitializer(name: string, dataType: number, dims: number[], rawData: Uint8Array): string {
    if (this.initializerNames.has(name)) throw new Error(`duplicate ONNX initializer ${name}`);
    this.initializerNames.add(name);
    const tensor: onnxProto.onnx.ITensorProto = { dataType, name, rawData };
    // An empty repeated field is not written anyway; leaving it out keeps scalars dimensionless.
    if (dims.length > 0) tensor.dims = dims;
    this.initializers.push(tensor);
    return name;
  }
}

/** A tensor value description: element type and dims (strings are symbolic dims like "batch"). */
export function valueInfo(name: string, elemType: number, dims: Array<string | number>): onnxProto.onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
      },
    },
  };
}

function toAttribute(name: string, value: OnnxAttributeValue): onnxProto.onnx.IAttributeProto {
  if (Array.isArray(value)) return { name, ints: value, type: onnx.AttributeProto.AttributeType.INTS };
  if (Number.isInteger(value)) return { name, i: value, type: onnx.AttributeProto.AttributeType.INT };
  return { name, f: value, type: onnx.AttributeProto.AttributeType.FLOAT };
}

export function float32Bytes(values: number[]): Uint8Array {
  return new Uint8Array(Float32Array.from(values).buffer);
}

function int64Bytes(values: number[]): Uint8Array {
  return new Uint8Array(BigInt64Array.from(values.map((v) => BigInt(v))).buffer);
}
