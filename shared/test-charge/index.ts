// Runs anywhere. The pure parts of the test charge/discharge, for the main side, the renderer and reports.
export * from './site-facts';
export * from './settings';
export * from './strategy';
export * from './preflight';
export * from './verdict';
export * from './reasons';
