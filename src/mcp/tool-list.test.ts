import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInMemory, makeTestDeps } from '../../test/support/mcp-harness.js';
import { compactJsonSchema } from './tool-list.js';

describe('compactJsonSchema', () => {
  it('drops $schema, safe-integer bounds and plain string key schemas; keeps real bounds and names that look like keywords', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: {
        minimum: { type: 'integer', minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER },
        limit: { type: 'integer', minimum: 1, maximum: 100 },
        counts: { type: 'object', propertyNames: { type: 'string' }, additionalProperties: {} },
        keys: { type: 'object', propertyNames: { type: 'string', maxLength: 50 }, additionalProperties: {} },
        mode: { type: 'string', enum: ['$schema', 'minimum'], default: 'minimum' },
      },
    };
    expect(compactJsonSchema(schema)).toEqual({
      type: 'object',
      properties: {
        minimum: { type: 'integer' },
        limit: { type: 'integer', minimum: 1, maximum: 100 },
        counts: { type: 'object', additionalProperties: {} },
        keys: { type: 'object', propertyNames: { type: 'string', maxLength: 50 }, additionalProperties: {} },
        mode: { type: 'string', enum: ['$schema', 'minimum'], default: 'minimum' },
      },
    });
  });
});

describe('tools/list as served (real SDK client)', () => {
  let env: ReturnType<typeof makeTestDeps>;
  let client: Client;
  beforeAll(async () => {
    env = makeTestDeps();
    client = await connectInMemory(env.api);
  });
  afterAll(async () => {
    await client.close();
    env.cleanup();
  });

  it('declares 2020-12 schemas without the bytes that tell the model nothing, and no execution field', async () => {
    const { tools } = await client.listTools();
    const listed = JSON.stringify(tools);
    expect(listed).not.toContain('$schema');
    expect(listed).not.toContain(String(Number.MAX_SAFE_INTEGER));
    expect(listed).not.toContain('taskSupport');
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    for (const t of tools) {
      expect(() => ajv.compile(t.inputSchema), t.name).not.toThrow();
      expect(() => ajv.compile(t.outputSchema!), t.name).not.toThrow();
    }
  });

  it('the shared filter definitions still say exactly what search_candidates accepts', async () => {
    const { tools } = await client.listTools();
    const search = tools.find((t) => t.name === 'search_candidates')!;
    expect(search.inputSchema.$defs).toHaveProperty('values');
    const valid = new Ajv2020({ strict: false }).compile(search.inputSchema);
    expect(valid({ text: 'backend', filters: { stage: ['Onsite'], applied: { after: '2026-01-01' }, exclude: { source: ['Agency'] } } })).toBe(true);
    // An empty value list, an over-long value, a bound the date range does not have, an unknown exclude key.
    expect(valid({ filters: { stage: [] } })).toBe(false);
    expect(valid({ filters: { stage: ['x'.repeat(201)] } })).toBe(false);
    expect(valid({ filters: { applied: { since: '2026-01-01' } } })).toBe(false);
    expect(valid({ filters: { exclude: { colour: ['red'] } } })).toBe(false);
    expect((search.inputSchema.properties as any).filters.properties.stage).toEqual({ description: expect.stringContaining('stage'), $ref: '#/$defs/values' });
  });
});
