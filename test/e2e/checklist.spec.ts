// The checklist in Chromium against the embedded simulator: an unpaired car shows its pairing link as a
// large QR code; a customer who left "Energy Product Commands" unticked sees that item fail with its fix,
// reconnects ticking it, and sees it pass; a platform-side failure (412: not registered in the region) is
// named as the platform's, with nothing to do on site.
import AxeBuilder from '@axe-core/playwright';
import { giveConsent } from '../support/consent-page';
import { expect, test } from './fixtures';

test.describe('unpaired car', () => {
  test.use({ scenario: 'unpaired-car' });

  test('shows the pairing link as a large QR code with the steps, without waking the car', async ({ ui, page }) => {
    await ui.goto();
    await ui.accounts.connect();
    await expect(ui.accounts.cards).toHaveCount(1);
    await ui.checklist.openAndRun();

    const item = ui.checklist.item('vehicle.virtual_key');
    await expect(ui.checklist.status(item)).toHaveAttribute('data-status', 'fail');
    await expect(ui.checklist.status(item)).toHaveText(/Fail/);
    await expect(item.getByText('Virtual key not paired')).toBeVisible();
    await expect(item.getByText('Scan the QR code with the phone’s camera', { exact: false })).toBeVisible();
    const qr = item.getByTestId('pairing-qr').getByRole('img');
    await expect(qr).toBeVisible();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(await qr.getAttribute('data-url')).toMatch(
      /^https:\/\/tesla\.com\/_ak\/partner\.example\?vin=[A-Z0-9]{17}$/,
    );
    const box = await qr.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(300);
    await expect(ui.checklist.verdict('vehicle')).toContainText('No');
    await expect(ui.checklist.apiUsage).toContainText('no wake-ups: 0');
    // The filled-in screen (failures, fix, QR, open evidence) has no serious accessibility problem.
    await item.locator('summary').click();
    const axe = await new AxeBuilder({ page })
      .include('main')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.length}`),
    ).toEqual([]);
    await item.locator('summary').click();
    // Keyboard: the evidence folds open from the keyboard.
    await item.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(item.getByText('unpaired_vins', { exact: true })).toBeVisible();
  });
});

test.describe('healthy account', () => {
  test.use({ scenario: 'healthy' });

  test('Energy Product Commands unticked: the item fails with its fix; reconnecting with it ticked makes it pass', async ({
    ui,
    page,
  }) => {
    await ui.goto();
    await ui.accounts.connect({ untick: ['Energy Product Commands'] });
    await expect(ui.accounts.cards).toHaveCount(1);
    await ui.checklist.openAndRun();

    const item = ui.checklist.item('scope.energy_commands');
    const status = ui.checklist.status(item);
    await expect(status).toHaveAttribute('data-status', 'fail');
    await expect(status).toHaveText(/Fail/);
    await expect(item.getByText('Reconnect and tick “Energy Product Commands”', { exact: false })).toBeVisible();
    await expect(ui.checklist.verdict('charge')).toContainText('No');

    // Reconnecting runs the whole checklist again by itself: the item passes (folded with the other passes)
    // and the verdict that depended on it turns with it.
    const rerun = ui.ipc.nextReply('checklist:run');
    await giveConsent(page, () => item.getByRole('button', { name: 'Reconnect this customer' }).click());
    expect((await rerun).ok).toBe(true);
    await expect(ui.checklist.verdict('charge')).toContainText('Yes');
    await ui.checklist.showPassed();
    await expect(status).toHaveAttribute('data-status', 'pass');
    await expect(status).toHaveText(/Pass/);
    await expect(item.getByText('“Energy Product Commands” allowed')).toBeVisible();
  });
});

test.describe('platform not registered in the customer’s region (412)', () => {
  test.use({ scenario: 'partner-not-registered' });

  test('fails “platform registration”: nothing to do on site, the platform must register; the connection is not blamed', async ({
    ui,
  }) => {
    await ui.goto();
    await ui.accounts.connect();
    await ui.checklist.openAndRun();

    const registration = ui.checklist.item('account.partner_registration');
    await expect(ui.checklist.status(registration)).toHaveAttribute('data-status', 'fail');
    await expect(registration.getByText(/Platform not registered with Tesla/)).toBeVisible();
    await expect(registration.getByText(/Nobody on site can fix this/)).toBeVisible();
    await expect(registration.getByText(/On site: nothing to change/)).toBeVisible();
    await expect(registration.locator('.ck-actor')).toHaveAttribute('data-actor', 'platform');
    await expect(registration.locator('.ck-actor')).toContainText('nobody on site can fix this');
    await expect(registration).not.toContainText(/ask (the|your) installer/i);

    // Layered: the connection depends on the platform's standing, so it is not checked, not blamed.
    const connection = ui.checklist.item('account.connection');
    await expect(ui.checklist.status(connection)).toHaveAttribute('data-status', 'not_checked');
    await expect(connection).toContainText('Not checked: “Platform not registered with Tesla in region');

    const battery = ui.checklist.verdict('charge');
    await expect(battery).toHaveClass(/ck-not-ready/);
    await expect(battery).toContainText('Platform not registered with Tesla');
    // The refused product list proves nothing about the system: no "no Powerwall found".
    await expect(battery).not.toContainText('No Powerwall was found');
  });
});
