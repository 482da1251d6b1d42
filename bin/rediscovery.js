#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by `npm ci`).
process.env.LANCEDB_LOG ??= 'error';
// The data folder holds candidates' e-mails, phones and resumes: everything this process creates is owner-only.
process.umask(0o077);
await import('../dist/src/cli/main.js');
