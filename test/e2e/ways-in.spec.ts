// The ways in on the Demo profile (issue 22): through the demo platform by default, where connecting borrows
// the platform's own connection (no sign-in page), the checklist runs and says which way it used, and the
// platform is still connected afterwards; replacing the platform's connection asks first, and cancelling
// that question starts nothing: no call, no sign-in page, the platform untouched. When the platform lost its
// connection (the access-revoked scenario: the platform's stored sign-in is the one Tesla revoked), the Connect
// screen offers "Connect for Demo Energy": the customer signs in under the platform's client, the platform
// keeps the connection, and the checklist runs through it.
import { giveConsent } from '@test/support/consent-page';
import { expect, test } from './fixtures';
import { AccountsPage } from './pages/accounts-page';

/** The simulator's truth: whether the demo platform's stored connection to c-0001 would still refresh. */
async function platformConnectionAlive(simOrigin: string | null): Promise<boolean | undefined> {
  if (!simOrigin) throw new Error('the embedded simulator is not running');
  const res = await fetch(`${simOrigin}/__sim/platform/customers`);
  const body = (await res.json()) as { customers: { ref: string; connectionAlive: boolean }[] };
  return body.customers.find((c) => c.ref === 'c-0001')?.connectionAlive;
}

test.describe('ways in', () => {
  test.use({ scenario: 'healthy' });

  test('through the platform: the checklist runs on its connection, which stays alive', async ({ ui, app, page }) => {
    const popups: string[] = [];
    page.on('popup', (p) => popups.push(p.url()));
    await ui.gotoReady('lang=en');
    await expect(ui.accounts.way('platform')).toBeChecked();
    await ui.accounts.connectThroughPlatform({ customer: 'c-0001', label: 'Rivera' });

    await expect(ui.navButton(ui.labels.checklist)).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('checklist-way')).toHaveText('Way in: Through the platform.');
    await expect(ui.checklist.problemsHeading).toHaveText(/Nothing to fix/);
    expect(popups).toEqual([]);
    expect(await platformConnectionAlive(app.simulatorOrigin())).toBe(true);

    await ui.accounts.open();
    await expect(ui.accounts.cards.getByTestId('customer-way')).toHaveText('Through the platform');
  });

  test('replace without confirming starts nothing', async ({ ui, app, page }) => {
    const sent: string[] = [];
    page.on('websocket', (ws) => ws.on('framesent', (f) => sent.push(String(f.payload))));
    const popups: string[] = [];
    page.on('popup', (p) => popups.push(p.url()));
    await ui.gotoReady('lang=en');

    await ui.accounts.way('replace').check();
    await ui.accounts.labelField.fill('Rivera');
    await ui.accounts.connectButton.click();
    await expect(ui.accounts.replaceConfirm).toContainText(
      `This signs Rivera out of ${AccountsPage.platform} until they reconnect there.`,
    );
    await ui.accounts.replaceConfirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(ui.accounts.replaceConfirm).toHaveCount(0);
    await expect(ui.accounts.connectButton).toBeEnabled();

    await expect(ui.accounts.signInWaiting).toHaveCount(0);
    expect(sent.filter((f) => f.includes('accounts:connect'))).toEqual([]);
    expect(popups).toEqual([]);
    expect(await platformConnectionAlive(app.simulatorOrigin())).toBe(true);
  });
});

test.describe('connect for the platform', () => {
  test.use({ scenario: 'access-revoked' });

  test('the platform lost its connection: Connect for Demo Energy hands the sign-in to it and goes through it', async ({
    ui,
    app,
    page,
  }) => {
    await ui.gotoReady('lang=en');
    expect(await platformConnectionAlive(app.simulatorOrigin())).toBe(false);
    const refused = ui.ipc.nextReply('accounts:connectThroughPlatform');
    await ui.accounts.customerField.fill('c-0001');
    await ui.accounts.labelField.fill('Rivera');
    await ui.accounts.connectButton.click();
    expect((await refused).ok).toBe(false);
    await expect(ui.accounts.notice).toContainText('The platform lost its connection to this customer');
    const offer = page.getByTestId('platform-lost');
    await expect(offer).toContainText('under Demo Energy’s app');

    const started = ui.ipc.nextReply('accounts:connectForPlatform');
    const checked = ui.ipc.nextReply('checklist:run');
    await giveConsent(page, () => offer.getByRole('button', { name: 'Connect for Demo Energy' }).click());
    expect((await started).ok).toBe(true);
    expect((await checked).ok).toBe(true);
    // Every box the platform asks for was ticked: connected, and on to the checklist through the platform.
    await expect(ui.navButton(ui.labels.checklist)).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('checklist-way')).toHaveText('Way in: Through the platform.');
    expect(await platformConnectionAlive(app.simulatorOrigin())).toBe(true);
  });
});
