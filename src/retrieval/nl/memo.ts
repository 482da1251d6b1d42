const caches = new WeakMap<object, Map<string, unknown>>();

/**
 * Build something once per owner (a Vocabulary): alias tables and their big RegExps cost far more to
 * compile than to run, and a bot parses many requests against the same vocabulary.
 */
export function memo<T>(owner: object, key: string, build: () => T): T {
  let cache = caches.get(owner);
  if (!cache) {
    cache = new Map();
    caches.set(owner, cache);
  }
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as T;
}

const regexps = new Map<string, RegExp>();
const MAX_REGEXPS = 2000;

/**
 * A RegExp built from the same source once. Callers only use them through matchAll (which copies
 * the RegExp) or non-global test, so sharing one object is safe.
 */
export function cachedRegExp(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = regexps.get(key);
  if (!re) {
    if (regexps.size >= MAX_REGEXPS) regexps.clear();
    re = new RegExp(source, flags);
    regexps.set(key, re);
  }
  return re;
}
