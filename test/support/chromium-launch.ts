// Test and bench support (plain Node). How the project starts Debian's Chromium for Playwright: the
// e2e projects (playwright.config.ts) and the first-checklist bench use the same binary and switches, so a
// bench figure is measured in the browser the tests run in.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No sandbox (root in CI), no GPU, and none of Chromium's own background traffic during a measurement. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
