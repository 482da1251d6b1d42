import { Worker } from 'node:worker_threads';

/**
 * Start the worker thread whose entry is `name` (e.g. 'search-worker') beside this module. Under
 * vitest the product runs from its TypeScript sources: the worker then loads them through tsx.
 */
export function spawnAppWorker(name: string, workerData: unknown): Worker {
  if (import.meta.url.endsWith('.ts')) {
    const source = new URL(`./${name}.ts`, import.meta.url).href;
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
    return new Worker(boot, { eval: true, workerData });
  }
  return new Worker(new URL(`./${name}.js`, import.meta.url), { workerData });
}
