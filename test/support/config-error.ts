import { loadConfig } from '../../src/shared/config.js';
import type { AppError } from '../../src/shared/errors.js';

/** The error a bad environment gives at start-up (fails the test if the environment is accepted). */
export function configError(env: NodeJS.ProcessEnv): AppError {
  try {
    loadConfig(env);
  } catch (err) {
    return err as AppError;
  }
  throw new Error('loadConfig accepted a bad value');
}
