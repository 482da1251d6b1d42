import type { ConfidentialAccess } from '../shared/config.js';
import { FULL_VISIBILITY, PUBLIC_VISIBILITY, type Visibility } from '../store/read-model/index.js';

/*
 * Who is looking decides what they may see. Every door names its actor (`mcp:http`, `mcp:stdio`,
 * `slack:U123`, `cli`; a digest posted to a channel is `slack`), and this is the one place that turns
 * an actor into a visibility. Everything the product API returns is read with it.
 */

/** The visibility of confidential jobs for `actor` under REDISCOVERY_CONFIDENTIAL_ACCESS. */
export function visibilityFor(access: ConfidentialAccess, actor: string): Visibility {
  if (access.all) return FULL_VISIBILITY;
  const bareSlackId = actor.startsWith('slack:') ? actor.slice('slack:'.length) : null;
  const allowed = access.actors.includes(actor) || (bareSlackId !== null && access.actors.includes(bareSlackId));
  return allowed ? FULL_VISIBILITY : PUBLIC_VISIBILITY;
}
