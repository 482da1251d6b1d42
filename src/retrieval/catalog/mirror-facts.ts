import type { Db } from '../../store/db.js';
import { readIdentityLinkPairs } from '../../store/identity-sources.js';

/** Re-exported: "as of" is decided by the store's read model, the same for every door. */
export { readAsOf } from '../../store/read-model/as-of.js';
export { outboxCandidates, outboxHead } from '../../store/outbox.js';

/** Identity links as an undirected adjacency map. */
export function loadIdentityLinks(db: Db): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    let s = out.get(a);
    if (!s) out.set(a, (s = new Set()));
    s.add(b);
  };
  for (const { a, b } of readIdentityLinkPairs(db)) {
    add(a, b);
    add(b, a);
  }
  return out;
}
