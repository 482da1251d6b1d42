import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../src/shared/paths.js';
import { readPairs, runIdentityEval } from './identity.js';

const SHIPPED = fromPackageRoot('evals', 'identity-pairs.jsonl');

describe('identity eval', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('meets the targets on the shipped pair file (precision ≥ 0.99, recall ≥ 0.95)', () => {
    const pairs = readPairs(SHIPPED);
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    const sameShare = pairs.filter((p) => p.same).length / pairs.length;
    expect(sameShare).toBeGreaterThan(0.35);
    expect(sameShare).toBeLessThan(0.55);

    let printed = '';
    const result = runIdentityEval({ pairs: SHIPPED, json: true }, (text) => (printed += text));
    expect(result.precision).toBeGreaterThanOrEqual(0.99);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(JSON.parse(printed)).toEqual({ precision: expect.any(Number), recall: expect.any(Number), pairs: pairs.length });
  });

  it('prints misclassified pairs in text mode and rejects malformed lines', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'identity-eval-'));
    dirs.push(dir);
    const file = path.join(dir, 'pairs.jsonl');
    const pair = (id: string, same: boolean) => JSON.stringify({ id, a: { name: 'Ahmed Hassan' }, b: { name: 'Ahmed Hassan' }, same });
    fs.writeFileSync(file, `${pair('ok', false)}\n\n${pair('missed', true)}\n`);
    let printed = '';
    const result = runIdentityEval({ pairs: file, json: false }, (text) => (printed += text));
    expect(result).toMatchObject({ pairs: 2, recall: 0, falseNegatives: 1 });
    expect(printed).toContain('missed  expected same');

    fs.writeFileSync(file, '{"a": {}, "same": true}\n');
    expect(() => readPairs(file)).toThrow(/Line 1 .* b /);
  });
});
