import { z } from 'zod';
import { strictObject } from '../shared/strict-object.js';

/*
 * Every tool's input is checked once, when the tool is registered: each string has a maximum length,
 * each array a maximum size, and no object accepts keys it does not know. A tool added later without
 * bounds fails at start-up instead of letting one request stall the server (see
 * src/shared/input-limits.ts for the limits and why).
 */

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  maxLength?: number;
  maxItems?: number;
  additionalProperties?: unknown;
  propertyNames?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** Paths (`filters.stage[]`) in a JSON Schema where a string, array or object is unbounded. */
export function unboundedPaths(schema: JsonSchema, path = '(input)'): string[] {
  const out: string[] = [];
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes('string') && schema.enum === undefined && schema.const === undefined && schema.maxLength === undefined) out.push(`${path}: string without maxLength`);
  if (types.includes('array') && schema.maxItems === undefined) out.push(`${path}: array without maxItems`);
  // A record is allowed only with bounded key names: its values are validated again by the tool itself
  // (src/mcp/search-reference.ts parses `filters` with SearchFilters), and /mcp caps the body size.
  const boundedKeys = schema.propertyNames !== undefined && (schema.propertyNames.enum !== undefined || schema.propertyNames.maxLength !== undefined);
  if (types.includes('object') && schema.additionalProperties !== false && !boundedKeys) out.push(`${path}: object accepting unknown keys`);
  for (const [key, child] of Object.entries(schema.properties ?? {})) out.push(...unboundedPaths(child, path === '(input)' ? key : `${path}.${key}`));
  const items = schema.items === undefined ? [] : Array.isArray(schema.items) ? schema.items : [schema.items];
  for (const child of items) out.push(...unboundedPaths(child, `${path}[]`));
  for (const child of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) out.push(...unboundedPaths(child, path));
  return out;
}

// Per tool input schema: built and checked once, reused by every per-request server.
const strictInputs = new WeakMap<z.ZodObject, z.ZodObject>();

/**
 * The input schema a tool registers: the tool's own, refusing unknown top-level arguments with the
 * closest valid name, after checking (once per schema) that every field is bounded.
 */
export function boundedToolInput<I extends z.ZodObject>(tool: string, input: I): I {
  const cached = strictInputs.get(input);
  if (cached) return cached as I;
  const strict = strictObject(input.shape, 'argument') as unknown as I;
  const problems = unboundedPaths(z.toJSONSchema(strict, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
  if (problems.length) throw new Error(`Tool ${tool} has unbounded input (${problems.join('; ')}); bound it with .max() (src/shared/input-limits.ts).`);
  strictInputs.set(input, strict);
  return strict;
}
