import { expectTypeOf, test } from 'vitest';
import type { EvalModules } from '../src/cli/load-eval.js';
import * as identity from './identity.js';
import * as jobsJudged from './jobs-judged.js';
import * as jobsReasons from './jobs-reasons.js';
import * as jobs from './jobs.js';
import * as nl from './nl.js';
import * as profiles from './profiles.js';
import * as searchJudged from './search-judged.js';
import * as search from './search.js';

// The CLI loads evals by path (src/cli/load-eval.ts); this keeps the modules and the commands' contract in step.
test('each eval module satisfies what its `eval` command calls', () => {
  expectTypeOf(search).toExtend<EvalModules['search']>();
  expectTypeOf(searchJudged).toExtend<EvalModules['search-judged']>();
  expectTypeOf(profiles).toExtend<EvalModules['profiles']>();
  expectTypeOf(identity).toExtend<EvalModules['identity']>();
  expectTypeOf(nl).toExtend<EvalModules['nl']>();
  expectTypeOf(jobs).toExtend<EvalModules['jobs']>();
  expectTypeOf(jobsJudged).toExtend<EvalModules['jobs-judged']>();
  expectTypeOf(jobsReasons).toExtend<EvalModules['jobs-reasons']>();
});
