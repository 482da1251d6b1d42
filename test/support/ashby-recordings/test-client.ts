import { expect } from 'vitest';
import { AshbyApiError, AshbyClient } from '../../../src/sync/client/ashby-client.js';
import type { ReplayServer } from './replay-server.js';

/** A client against a replay server whose backoff sleeps are recorded instead of waited. */
export function replayClient(server: ReplayServer, sleeps: number[], overrides: Partial<ConstructorParameters<typeof AshbyClient>[0]> = {}): AshbyClient {
  return new AshbyClient({
    apiKey: 'test-key',
    baseUrl: server.baseUrl,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...overrides,
  });
}

/** The AshbyApiError a call rejects with (fails the test if it resolves or throws something else). */
export async function ashbyFailure(promise: Promise<unknown>): Promise<AshbyApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(AshbyApiError.isAshbyApiError(error), `expected an AshbyApiError, got ${String(error)}`).toBe(true);
  return error as AshbyApiError;
}
