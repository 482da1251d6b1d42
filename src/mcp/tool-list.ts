import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ListToolsRequestSchema, type ListToolsResult, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { DateRange, FilterValues } from '../retrieval/query/search-request.js';

/*
 * tools/list is read into the assistant's context at the start of every session, so it is served
 * here instead of by the SDK's own handler, with JSON Schemas written once per tool and without
 * bytes that tell the model nothing (measured on the nine tools: 24,566 → 22,346 bytes before any
 * wording changed):
 *  - `$schema` on all 18 schemas (~940 B): MCP 2025-11-25 reads a schema without `$schema` as JSON
 *    Schema 2020-12 (SEP-1613), so the schemas are generated for that dialect and the field is left out;
 *  - zod's ±9007199254740991 bounds on every integer (~500 B): they only restate "a JS safe integer";
 *  - `propertyNames: {type: "string"}` on records: every JSON key is a string;
 *  - `execution: {taskSupport: "forbidden"}` on each tool: absent means forbidden in the same spec;
 *  - the list of names a value filter takes, written out 17 times in search_candidates (~100 B each),
 *    is one `$defs/values` referenced by each filter (2020-12 keeps a `$ref`'s sibling description),
 *    and so is the date range of `updated` and `applied`.
 * Input is still validated by the SDK against the zod schema when a tool is called (define-tool.ts).
 */

type JsonSchema = Record<string, unknown>;
const SAFE_INTEGER_BOUNDS = { minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER } as const;

/** A JSON Schema without the keywords above; everything that constrains a value is kept. */
export function compactJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(compactJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema as JsonSchema)) {
    if (key === '$schema') continue;
    if ((key === 'minimum' || key === 'maximum') && value === SAFE_INTEGER_BOUNDS[key]) continue;
    if (key === 'propertyNames' && isPlainStringSchema(value)) continue;
    // `properties`, `$defs` and `enum` hold names and values, not schemas with keywords: recurse into
    // their members only, so a property called `minimum` or `$schema` is never taken for a keyword.
    out[key] = key === 'properties' || key === '$defs' ? mapValues(value as JsonSchema, compactJsonSchema) : key === 'enum' || key === 'const' || key === 'default' ? value : compactJsonSchema(value);
  }
  return out;
}

function isPlainStringSchema(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 1 && (value as JsonSchema).type === 'string';
}

function mapValues(record: JsonSchema, fn: (v: unknown) => unknown): JsonSchema {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)]));
}

const withoutDescription = ({ description: _d, ...rest }: JsonSchema) => JSON.stringify(rest);
const definition = (schema: z.ZodType) => withoutDescription(compactJsonSchema(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' })) as JsonSchema);
const SHARED: Record<string, string> = { values: definition(FilterValues), dateRange: definition(DateRange) };

/** Replace each subschema equal to a shared definition (its description aside) with a `$ref` to it. */
function shareDefinitions(root: JsonSchema): JsonSchema {
  const used = new Set<string>();
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const schema = node as JsonSchema;
    const shared = Object.keys(SHARED).find((name) => SHARED[name] === withoutDescription(schema));
    if (shared) {
      used.add(shared);
      return { ...(schema.description === undefined ? {} : { description: schema.description }), $ref: `#/$defs/${shared}` };
    }
    return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === 'properties' ? mapValues(v as JsonSchema, visit) : k === 'enum' || k === 'const' || k === 'default' ? v : visit(v)]));
  };
  const out = visit(root) as JsonSchema;
  if (used.size) out.$defs = { ...(out.$defs as JsonSchema | undefined), ...Object.fromEntries([...used].map((name) => [name, JSON.parse(SHARED[name]!)])) };
  return out;
}

// Per zod schema and direction: converted once, reused by every per-request server.
const converted = { input: new WeakMap<z.ZodType, Tool['inputSchema']>(), output: new WeakMap<z.ZodType, NonNullable<Tool['outputSchema']>>() };

/** The JSON Schema tools/list declares for a tool's input (`io: 'input'`) or output. */
function toolJsonSchema<D extends 'input' | 'output'>(schema: z.ZodObject, io: D): D extends 'input' ? Tool['inputSchema'] : NonNullable<Tool['outputSchema']> {
  let json = converted[io].get(schema);
  if (!json) {
    json = shareDefinitions(compactJsonSchema(z.toJSONSchema(schema, { target: 'draft-2020-12', io })) as JsonSchema) as Tool['inputSchema'];
    converted[io].set(schema, json);
  }
  return json as never;
}

interface ListedTool {
  name: string;
  title: string;
  description: string;
  input: z.ZodObject;
  output: z.ZodObject;
  annotations: Tool['annotations'];
}

const listedTools = new WeakMap<McpServer, ListedTool[]>();

/** Record a tool registered on `server` for the compact tools/list (called by defineTool). */
export function listTool(server: McpServer, tool: ListedTool): void {
  const tools = listedTools.get(server) ?? [];
  tools.push(tool);
  listedTools.set(server, tools);
}

/** Serve tools/list from the tools recorded with listTool; call after every tool is registered. */
export function serveCompactToolList(server: McpServer): void {
  const tools = listedTools.get(server) ?? [];
  server.server.setRequestHandler(
    ListToolsRequestSchema,
    (): ListToolsResult => ({
      tools: tools.map((t) => ({
        name: t.name,
        title: t.title,
        description: t.description,
        inputSchema: toolJsonSchema(t.input, 'input'),
        outputSchema: toolJsonSchema(t.output, 'output'),
        annotations: t.annotations,
      })),
    }),
  );
}
