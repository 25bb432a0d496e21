import { defineConfig } from '@playwright/test';

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
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'test/electron' },
  ],
});
