/**
 * The ordinals of `src` that pass `test` (a plain loop: TypedArray#filter is slow in V8): a new array,
 * or, given `into` (at least `src.length` long, e.g. a request's pooled array), a view of its start.
 */
export function keep(src: Int32Array, test: (o: number) => boolean, into?: Int32Array): Int32Array {
  const out = into ?? new Int32Array(src.length);
  let n = 0;
  for (let i = 0; i < src.length; i++) if (test(src[i])) out[n++] = src[i];
  return into ? out.subarray(0, n) : out.slice(0, n);
}
