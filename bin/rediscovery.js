#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by `npm ci`).
process.env.LANCEDB_LOG ??= 'error';
await import('../dist/src/cli/main.js');
