// The process runner lives in src/shared so the soak benchmark (which ships in dist/) runs the product the same way tests do.
export * from '../../src/shared/child-process.js';
