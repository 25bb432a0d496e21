// Runs anywhere (main, preload, renderer). The IPC contract in one import for the main side; the page imports page-client.ts directly so it ships without zod.
export * from './api';
export * from './channels';
export * from './errors';
export * from './events';
