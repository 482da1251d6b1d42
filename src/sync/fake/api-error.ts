/** An Ashby-style failure: `code` goes into `errors[0]` and `errorInfo.code`; logical errors use HTTP 200. */
export class FakeApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 200,
  ) {
    super(message);
    this.name = 'FakeApiError';
  }
}

/** Required string parameter, or `invalid_input` naming it. */
export function requireString(body: Record<string, unknown>, ...names: string[]): string {
  for (const name of names) {
    const v = body[name];
    if (typeof v === 'string' && v.length > 0) return v;
  }
  throw new FakeApiError('invalid_input', `Missing required parameter ${names[0]} (a non-empty string)`);
}

export function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new FakeApiError('invalid_input', `Parameter ${name} must be a string`);
  return v;
}

export function optionalBoolean(body: Record<string, unknown>, name: string): boolean | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw new FakeApiError('invalid_input', `Parameter ${name} must be a boolean`);
  return v;
}

export function optionalNumber(body: Record<string, unknown>, name: string): number | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new FakeApiError('invalid_input', `Parameter ${name} must be a number`);
  return v;
}
