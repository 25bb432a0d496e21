// The Settings screen in Chromium: the built-in Demo profile is the active one, and session-only mode
// switched on here is what the Customers screen then says about new sign-ins.
import { expect, test } from './fixtures';

test('Settings shows the Demo profile active; session-only set there shows on the Customers screen', async ({ ui }) => {
  await ui.gotoReady();
  await ui.settings.open();
  await expect(ui.settings.profile(/Demo/)).toBeChecked();

  // The box shows what the backend answered, so it turns checked only after the reply.
  const saved = ui.ipc.nextReply('accounts:setSessionOnly');
  await ui.settings.sessionOnly.click();
  expect((await saved).ok).toBe(true);
  await expect(ui.settings.sessionOnly).toBeChecked();

  await ui.accounts.open();
  await expect(ui.page.getByText('Session-only mode is on', { exact: false })).toBeVisible();
});
