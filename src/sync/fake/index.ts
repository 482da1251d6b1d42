/** The fake Ashby: a seeded in-memory account served over loopback HTTP, for the demo and the tests. */
export { startFakeAshby, DEFAULT_FAKE_API_KEY, type FakeAshby, type FakeAshbyOptions } from './server.js';
export { seedAccount, describeVocabulary, type SeedVocabulary } from './seed.js';
export { FakeState } from './state.js';
export type * from './state.js';
export { createAdmin, defaultFaults, ADMIN_OPS, type FakeAdmin, type FaultKnobs, type StateSnapshot } from './admin.js';
export { WebhookEmitter, signWebhookBody, type WebhookConfig, type WebhookEvent } from './webhooks.js';
export { ALL_SCOPES, ENDPOINTS } from './endpoints.js';
export { readCorpusCsv, type CorpusRow } from './corpus.js';
export { renderFile, resumeTextOf } from './resume-pdf.js';
export { generateProfile, profileResumeText, type SyntheticProfile } from './profile.js';
