import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/support/chromium-launch';

// Two projects: the UI in Debian's Chromium through the browser transport, and the desktop app through
// Playwright's _electron, which runs only where an Electron binary exists and is reported skipped elsewhere.
export default defineConfig({
  testDir: 'test',
  timeout: 60_000,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: { trace: 'off' },
  projects: [
    {
      name: 'browser',
      testDir: 'test/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
    { name: 'electron', testDir: 'test/electron' },
  ],
});
