// The deep-link scheme is registered where each OS looks for it: electron-builder `protocols` (macOS,
// Windows), the Linux .desktop MimeType, and package.json `desktopName` (what Electron's
// setAsDefaultProtocolClient names to xdg-mime on Linux), all matching the app's scheme.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appMeta } from '@main/infra/app-meta';
import { DEEP_LINK_REDIRECT_URI } from '@main/accounts/sign-in/endpoints';

describe('deep-link registration', () => {
  const builder = readFileSync('electron-builder.yml', 'utf8');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; desktopName?: string };

  it('registers the app scheme for every platform', () => {
    expect(builder).toMatch(
      new RegExp(`protocols:[\\s\\S]*schemes:\\s*\\n\\s*- ${appMeta.scheme.replace(/\./g, '\\.')}`),
    );
    expect(builder).toContain(`MimeType: x-scheme-handler/${appMeta.scheme}`);
    expect(pkg.desktopName).toBe(`${pkg.name}.desktop`);
  });

  it('uses that scheme for the OAuth deep-link callback', () => {
    expect(new URL(DEEP_LINK_REDIRECT_URI).protocol).toBe(`${appMeta.scheme}:`);
  });
});
