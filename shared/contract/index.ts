// Runs anywhere (main, preload, renderer). The IPC contract in one import for the main side; the page imports page-client.ts directly so it ships without zod.
export * from './api';
export * from './channels';
export * from './errors';
export * from './events';
// The page's client lives in page-client.ts (which imports api.ts and errors.ts): re-exported here, not there.
export { createClient, DoctorIpcError, setErrorTextRenderer } from './page-client';
