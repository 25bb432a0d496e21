// Connects the demo account in Chromium: the page opens the simulator's Tesla consent page in a new tab,
// the customer ticks the boxes and presses "Allow", the loopback callback finishes the sign-in in the
// main process, the checklist runs by itself, and the Connect step shows the customer. Then "End site visit" forgets them.
import { expect, test } from './fixtures';

test('connects the demo customer through the consent page and shows them', async ({ ui }) => {
  const customers = ui.accounts;
  await ui.goto();
  await expect(customers.heading).toBeVisible();
  await expect(ui.page.getByText('No customer is connected yet.')).toBeVisible();

  await customers.labelField.fill('Rivera, 4 Birch Lane');
  const consent = await customers.startConnect();
  await expect(customers.signInWaiting).toBeVisible();

  // The simulator's Tesla consent page.
  await expect(consent.getByRole('heading', { name: /Allow .* access to your Tesla Account\?/ })).toBeVisible();
  await consent.getByRole('button', { name: 'Select All' }).click();
  await expect(consent.getByLabel('Energy Product Information')).toBeChecked();
  await consent.getByRole('button', { name: 'Allow', exact: true }).click();
  await expect(consent.getByTestId('loopback-message')).toHaveText(/connected/);

  // Connecting runs the checklist by itself and moves the visit on to the Check step.
  await expect(ui.navButton(ui.labels.checklist)).toHaveAttribute('aria-current', 'page');
  await expect(ui.checklist.verdict('charge')).toBeVisible();
  await customers.open();
  const card = customers.cards;
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('heading', { name: 'Rivera, 4 Birch Lane' })).toBeVisible();
  await expect(card).toContainText('jordan.rivera@example.com');
  await expect(card).toContainText('North America');
  await expect(card).toContainText('Connected');
  await expect(card.getByText('Selected')).toBeVisible();
  await expect(customers.notice).toHaveText(/connected/);
  // Counted by the boxes, as on Tesla's consent page (seven boxes, all ticked).
  await expect(card.getByRole('button', { name: '7 of 7 boxes ticked' })).toBeVisible();
  await card.getByRole('button', { name: /boxes ticked/ }).click();
  await expect(card.getByText('energy_cmds')).toBeVisible();

  // Nothing the page holds carries a token: its storage is empty of them and the DOM shows none.
  const html = await ui.page.content();
  expect(html).not.toMatch(/eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}/);

  // End site visit: one confirmation, then the list is empty and the page says what went.
  await customers.endVisit(1);
  await expect(customers.cards).toHaveCount(0);
  await expect(ui.page.getByText('Site visit ended')).toBeVisible();
  await expect(
    customers.visitRemoved.getByRole('listitem').filter({ hasText: '1 customer: label, email and permissions' }),
  ).toHaveCount(1);
  await expect(customers.visitRemoved.getByRole('listitem').filter({ hasText: /^1 sign-in/ })).toHaveCount(1);
  await expect(customers.visitKept).toHaveCount(0);
});

test('a customer who presses "Do Not Allow" is told so, and nothing is connected', async ({ ui }) => {
  const customers = ui.accounts;
  await ui.goto();
  const consent = await customers.startConnect();
  await consent.getByRole('button', { name: 'Do Not Allow' }).click();
  await expect(customers.notice).toHaveText(/Do Not Allow/);
  await expect(customers.cards).toHaveCount(0);
  await expect(customers.connectButton).toBeVisible();
});
