// Browser helper for the e2e page objects: the customer's part of a sign-in. `start` opens the
// simulator's Tesla consent page in a new tab (as the app does in browser mode); this ticks "Select All",
// unticks the named boxes, presses "Allow", waits for the loopback page's "connected" (in the app's language:
// the page that started the sign-in passes it) and closes the tab.
// Returns the consent page's origin: the embedded simulator's.
import type { Page } from '@playwright/test';
import { de } from '@shared/text/de';
import { en } from '@shared/text/en';

// The doctor's own sign-in, or a connection made for the platform (connect for the platform).
const CONNECTED = [
  en.accounts.connected,
  de.accounts.connected,
  en.accounts.signInPage.platformConnected,
  de.accounts.signInPage.platformConnected,
];

export async function giveConsent(
  page: Page,
  start: () => Promise<void>,
  untick: readonly string[] = [],
): Promise<string> {
  const popupPromise = page.waitForEvent('popup');
  await start();
  const popup = await popupPromise;
  await popup.waitForLoadState('domcontentloaded');
  const origin = new URL(popup.url()).origin;
  // A reconnect with prompt_missing_scopes shows earlier grants ticked and may hide "Select All".
  const selectAll = popup.getByRole('button', { name: 'Select All' });
  if (await selectAll.isVisible()) await selectAll.click();
  for (const label of untick) await popup.getByLabel(label).uncheck();
  await popup.getByRole('button', { name: 'Allow', exact: true }).click();
  await popup
    .getByTestId('loopback-message')
    .filter({ hasText: new RegExp(CONNECTED.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) })
    .waitFor();
  await popup.close();
  return origin;
}
