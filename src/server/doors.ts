import type { AppContext } from '../app/context.js';
import type { Door, ServeHooks } from './serve.js';

/** Every door the serve process mounts, in start order. */
export async function buildDoors(ctx: AppContext, hooks: ServeHooks): Promise<Door[]> {
  void ctx;
  void hooks;
  return [];
}
