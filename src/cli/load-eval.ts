import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SearchRequestInput } from '../retrieval/query/search-request.js';
import type { ChunkPlan } from '../retrieval/index/candidate-document.js';
import type { NlVocabulary } from '../retrieval/nl/vocabulary.js';

/*
 * Evaluations are not product code: the `eval` commands load them at run time from the evals path next
 * to the compiled CLI (dist/evals/<name>.js; evals/<name>.ts when run from sources), never by a static
 * import, so src/ builds, layers and ships without depending on them. The shapes below are the contract
 * the commands call; evals/cli-contract.test.ts type-checks the modules against it.
 */

export interface EvalModules {
  search: {
    runSearchEval(options: { corpus: string; queries: string; json?: boolean; limit?: number; dataDir?: string; direct?: boolean; plan?: ChunkPlan }): Promise<unknown>;
  };
  'search-judged': {
    runJudgedSearchEval(options: {
      corpus: string; judged: string; json?: boolean; allowUnjudged?: boolean; packets?: string; keyFile?: string; categoryQueries?: string;
      limit?: number; dataDir?: string; direct?: boolean; plan?: ChunkPlan;
    }): Promise<unknown>;
    importJudgedSearchGrades(options: { judged: string; grades: string; keyFiles?: string[]; json?: boolean }): unknown;
  };
  profiles: { runProfilesEval(options: { corpus: string; ids?: string[]; json: boolean; labels?: string }): unknown };
  identity: { runIdentityEval(options: { pairs: string; json: boolean }): unknown };
  nl: {
    runNlEval(options: {
      cases: string;
      now?: string;
      json?: boolean;
      parse?: (request: string, vocab: NlVocabulary, now: Date) => Promise<SearchRequestInput> | SearchRequestInput;
    }): Promise<{ output: string }>;
  };
  jobs: { runJobsEval(options: { corpus: string; jobs: string; sample?: number; json?: boolean }): Promise<unknown> };
  'jobs-judged': {
    runJudgedJobsEval(options: { corpus: string; jobs: string; judged: string; json?: boolean; rankings?: boolean; noDense?: boolean }): Promise<unknown>;
  };
  'jobs-reasons': { runJobReasons(options: { corpus: string; jobs: string; rows: number[]; top?: number; json?: boolean }): Promise<unknown> };
}

/** Import evals/<name> by path at run time. */
export async function loadEval<K extends keyof EvalModules>(name: K): Promise<EvalModules[K]> {
  const base = fileURLToPath(new URL(`../../evals/${name}`, import.meta.url));
  const file = fs.existsSync(`${base}.js`) ? `${base}.js` : `${base}.ts`;
  return (await import(file)) as EvalModules[K];
}
