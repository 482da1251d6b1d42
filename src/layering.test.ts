import fs from 'node:fs';
import path from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { beforeAll, describe, expect, test } from 'vitest';
import { fromPackageRoot } from './shared/paths.js';

/*
 * The layering rules of the source tree (README, "Layout"), checked on the real import graph that
 * dependency-cruiser reads from src/ (type-only imports included; test files excluded as importers):
 *  1. no import cycle between top-level folders of src/;
 *  2. the leaf modules (shared, embedding, vocabulary) import no product folder;
 *  3. no product file imports evals/ or test/ (the CLI loads evals by path at run time);
 *  4. the doors (mcp, slack, cli, server) do not import src/store, except the imports listed in
 *     DOOR_STORE_ALLOWED, which must all still exist, so the list only shrinks;
 *  5. src/shared/config.ts is the only product file that reads process.env;
 *  6. the doors' own tests do not import src/store either: they assert through the product API, or
 *     through test/support (e.g. test/support/mirror-rows.ts for audit rows and mirror rows).
 */

/** Door → store imports allowed: none since the doors moved onto ProductApi (issue 14). The list may only shrink. */
const DOOR_STORE_ALLOWED: string[] = [];

const LEAVES = ['shared', 'embedding', 'vocabulary'];
const DOORS = ['mcp', 'slack', 'cli', 'server'];

/** One import between two files of the repository, paths relative to the package root. */
interface Edge {
  from: string;
  to: string;
}

const topFolder = (file: string): string | null => /^src\/([^/]+)\//.exec(file)?.[1] ?? null;

/** Every rule broken by `edges` (one line each), given the door → store allow-list. */
function layeringViolations(edges: Edge[], doorStoreAllowed: string[]): string[] {
  const problems: string[] = [];
  const seenAllowed = new Set<string>();
  const folderEdges = new Map<string, Map<string, Edge>>();
  for (const e of edges) {
    const a = topFolder(e.from);
    if (!a) continue;
    if (/^(evals|test)\//.test(e.to)) problems.push(`product code imports ${e.to.split('/')[0]}/: ${e.from} -> ${e.to}`);
    const b = topFolder(e.to);
    if (!b || a === b) continue;
    if (LEAVES.includes(a) && !LEAVES.includes(b)) problems.push(`leaf module src/${a} imports product folder src/${b}: ${e.from} -> ${e.to}`);
    if (DOORS.includes(a) && b === 'store') {
      const key = `${e.from} -> ${e.to}`;
      if (doorStoreAllowed.includes(key)) seenAllowed.add(key);
      else problems.push(`door src/${a} imports src/store: ${key}`);
    }
    if (!folderEdges.has(a)) folderEdges.set(a, new Map());
    if (!folderEdges.get(a)!.has(b)) folderEdges.get(a)!.set(b, e);
  }
  for (const key of doorStoreAllowed) if (!seenAllowed.has(key)) problems.push(`allow-listed door -> store import no longer exists, remove it from DOOR_STORE_ALLOWED: ${key}`);
  for (const cycle of folderCycles(folderEdges)) {
    const witnesses = cycle.map((f, i) => folderEdges.get(f)!.get(cycle[(i + 1) % cycle.length]!)!);
    problems.push(`import cycle between folders ${[...cycle, cycle[0]].map((f) => `src/${f}`).join(' -> ')} (${witnesses.map((w) => `${w.from} -> ${w.to}`).join('; ')})`);
  }
  return problems;
}

/** Rule 6: a test file in a door folder that imports src/store (one line each). */
function doorTestViolations(edges: Edge[]): string[] {
  return edges
    .filter((e) => /\.test\.ts$/.test(e.from) && DOORS.includes(topFolder(e.from) ?? '') && topFolder(e.to) === 'store')
    .map((e) => `door test imports src/store (assert through the product API or test/support): ${e.from} -> ${e.to}`);
}

/** One cycle per strongly connected component of the folder graph that has more than one folder. */
function folderCycles(graph: Map<string, Map<string, Edge>>): string[][] {
  const next = (f: string) => [...(graph.get(f)?.keys() ?? [])].sort();
  const reaches = (from: string, to: string): string[] | null => {
    // Shortest path by breadth-first search; null when `to` is not reachable.
    const parent = new Map<string, string>([[from, '']]);
    const queue = [from];
    while (queue.length) {
      const f = queue.shift()!;
      for (const g of next(f)) {
        if (parent.has(g)) continue;
        parent.set(g, f);
        if (g === to) {
          const path = [g];
          for (let p = f; p !== from; p = parent.get(p)!) path.unshift(p);
          return [from, ...path];
        }
        queue.push(g);
      }
    }
    return null;
  };
  const cycles: string[][] = [];
  const covered = new Set<string>();
  for (const f of [...graph.keys()].sort()) {
    if (covered.has(f)) continue;
    for (const g of next(f)) {
      const back = reaches(g, f);
      if (!back) continue;
      const cycle = [f, ...back.slice(0, -1)];
      cycle.forEach((c) => covered.add(c));
      cycles.push(cycle);
      break;
    }
  }
  return cycles;
}

describe('layering of src/', () => {
  let edges: Edge[];
  beforeAll(async () => {
    const result = await cruise(
      ['src'],
      { tsPreCompilationDeps: true, exclude: { path: '\\.test\\.ts$' }, doNotFollow: { path: 'node_modules' }, baseDir: fromPackageRoot() },
      {},
      { tsConfig: { fileName: fromPackageRoot('tsconfig.json') } },
    );
    const output = result.output as ICruiseResult;
    edges = output.modules.flatMap((m) => m.dependencies.filter((d) => !d.coreModule && !d.couldNotResolve).map((d) => ({ from: m.source, to: d.resolved })));
  }, 120_000);

  test('the import graph was read (guards against a cruise that silently finds nothing)', () => {
    expect(edges.some((e) => e.from === 'src/cli/main.ts' && e.to.startsWith('src/app/'))).toBe(true);
    expect(edges.some((e) => e.from.startsWith('src/retrieval/') && e.to === 'src/embedding/embedder.ts')).toBe(true);
  });

  test('no folder cycle, leaves import no product folder, no product code imports evals/ or test/, doors reach the store only where listed', () => {
    expect(layeringViolations(edges, DOOR_STORE_ALLOWED)).toEqual([]);
  });
});

describe('layering of the doors\' tests', () => {
  let testEdges: Edge[];
  beforeAll(async () => {
    // Only the door folders' own files and their direct imports (maxDepth 1): what rule 6 needs, and fast.
    const result = await cruise(
      DOORS.map((d) => `src/${d}`),
      { tsPreCompilationDeps: true, maxDepth: 1, doNotFollow: { path: 'node_modules' }, baseDir: fromPackageRoot() },
      {},
      { tsConfig: { fileName: fromPackageRoot('tsconfig.json') } },
    );
    const output = result.output as ICruiseResult;
    testEdges = output.modules.flatMap((m) => m.dependencies.filter((d) => !d.coreModule && !d.couldNotResolve).map((d) => ({ from: m.source, to: d.resolved })));
  }, 120_000);

  test('the test files were read (guards against a cruise that silently finds nothing)', () => {
    expect(testEdges.some((e) => e.from === 'src/mcp/server.test.ts' && e.to === 'test/support/mirror-rows.ts')).toBe(true);
    expect(testEdges.some((e) => e.from === 'src/server/serve.test.ts' && e.to === 'src/server/serve.ts')).toBe(true);
  });

  test('no test of mcp, slack, cli or server imports src/store', () => {
    expect(doorTestViolations(testEdges)).toEqual([]);
  });

  test.each([
    [{ from: 'src/mcp/server.test.ts', to: 'src/store/schema.ts' }, true],
    [{ from: 'src/slack/app.test.ts', to: 'src/store/db.ts' }, true],
    [{ from: 'src/store/jobs.test.ts', to: 'src/store/jobs.ts' }, false],
    [{ from: 'src/mcp/server.test.ts', to: 'test/support/mirror-rows.ts' }, false],
    [{ from: 'src/app/one-story.test.ts', to: 'src/store/db.ts' }, false],
  ])('%o is reported: %s', (edge, reported) => {
    expect(doorTestViolations([edge]).length > 0).toBe(reported);
  });
});

describe('the layering rules catch what they promise', () => {
  const ok: Edge[] = [
    { from: 'src/cli/main.ts', to: 'src/app/product.ts' },
    { from: 'src/app/product.ts', to: 'src/retrieval/service.ts' },
    { from: 'src/retrieval/service.ts', to: 'src/embedding/embedder.ts' },
    { from: 'src/embedding/embedder.ts', to: 'src/shared/errors.ts' },
    { from: 'src/slack/x.ts', to: 'src/store/db.ts' },
  ];
  const allowed = ['src/slack/x.ts -> src/store/db.ts'];

  test('a clean graph passes', () => {
    expect(layeringViolations(ok, allowed)).toEqual([]);
  });

  test.each([
    [{ from: 'src/retrieval/a.ts', to: 'src/cli/main.ts' }, 'import cycle between folders src/app -> src/retrieval -> src/cli -> src/app'],
    [{ from: 'src/embedding/a.ts', to: 'src/retrieval/b.ts' }, 'leaf module src/embedding imports product folder src/retrieval'],
    [{ from: 'src/shared/a.ts', to: 'src/store/db.ts' }, 'leaf module src/shared imports product folder src/store'],
    [{ from: 'src/cli/eval.ts', to: 'evals/nl.ts' }, 'product code imports evals/: src/cli/eval.ts -> evals/nl.ts'],
    [{ from: 'src/bench/a.ts', to: 'test/support/search-mirror.ts' }, 'product code imports test/'],
    [{ from: 'src/mcp/tool.ts', to: 'src/store/read-model/index.ts' }, 'door src/mcp imports src/store: src/mcp/tool.ts -> src/store/read-model/index.ts'],
  ])('%o is reported', (edge, message) => {
    expect(layeringViolations([...ok, edge], allowed).join('\n')).toContain(message);
  });

  test('an allow-listed door -> store import that is gone fails, so the list only shrinks', () => {
    expect(layeringViolations(ok.slice(0, 4), allowed)).toEqual([
      'allow-listed door -> store import no longer exists, remove it from DOOR_STORE_ALLOWED: src/slack/x.ts -> src/store/db.ts',
    ]);
  });
});

describe('one configuration module', () => {
  test('src/shared/config.ts is the only product file that reads process.env', () => {
    const readers = fs
      .readdirSync(fromPackageRoot('src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => `src/${f.split(path.sep).join('/')}`)
      .filter((f) => fs.readFileSync(fromPackageRoot(f), 'utf8').split('\n').some((line) => /process\.env\b/.test(line) && !/^\s*(\*|\/\/)/.test(line)));
    expect(readers).toEqual(['src/shared/config.ts']);
  });
});
