// Explain an error: an installer pastes what a platform, the Tesla app or Home Assistant showed them and
// reads the cause, who fixes it, the fix and the check to run — offline, in the renderer.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { AppPage } from './pages/app-page';

async function openExplain(ui: AppPage): Promise<void> {
  await ui.gotoReady();
  await ui.openScreen('Explain an error');
  await expect(ui.screenHeading).toHaveText('Explain an error');
}

async function explain(page: Page, text: string): Promise<void> {
  await page.getByLabel('Error text').fill(text);
  await page.getByRole('button', { name: 'Explain', exact: true }).click();
}

test('a platform’s command reason, wrapped inside a log line, names the virtual key and the customer', async ({
  page,
  ui,
}) => {
  await openExplain(ui);
  await explain(
    page,
    '2026-12-03 08:14:02 WARN command 7731 failed: reason="vehicle rejected request: your public key\n    has not been paired with the vehicle"',
  );
  const result = page.getByTestId('explain-result');
  await expect(result.getByRole('heading', { name: 'Virtual key not on the car' })).toBeVisible();
  await expect(page.getByTestId('explain-actor')).toHaveAttribute('data-actor', 'customer');
  await expect(page.getByTestId('explain-check')).toHaveText('vehicle.virtual_key');
  await expect(page.getByTestId('explain-confidence')).toHaveAttribute('data-confidence', 'high');
  await expect(result.getByRole('listitem').first()).toContainText('Tesla app');
});

test('the 412 is the platform’s: the screen says nobody on site can fix it, and works offline', async ({
  page,
  ui,
}) => {
  await openExplain(ui);
  await page.context().setOffline(true);
  await explain(
    page,
    '{"error":"Account 183156b7d536-4458-9e56-b9a70d90a5b5 must be registered in the current region https://fleet-api.prd.eu.vn.cloud.tesla.com, please see https://developer.tesla.com/docs/fleet-api/endpoints/partner-endpoints#register"}',
  );
  await expect(page.getByTestId('explain-cause')).toHaveText('partner.not_registered_in_region');
  await expect(page.getByTestId('explain-actor')).toContainText('nobody on site can fix this');
  await expect(page.getByTestId('explain-check')).toHaveText('account.partner_registration');
  await page.context().setOffline(false);
});

test('unknown text is not guessed: “Not recognised” with the nearest known causes', async ({ page, ui }) => {
  await openExplain(ui);
  await explain(page, 'the pairing page for the virtual key just spins forever');
  const result = page.getByTestId('explain-result');
  await expect(result.getByRole('heading', { name: 'Not recognised' })).toBeVisible();
  await expect(page.getByTestId('explain-nearest').getByRole('listitem')).not.toHaveCount(0);
  await expect(page.getByTestId('explain-cause')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByLabel('Error text')).toHaveValue('');
  await page.getByRole('button', { name: 'Explain', exact: true }).click();
  await expect(result.getByRole('alert')).toHaveText('Paste an error text first.');
});

test('in German the cause, what it means, the fix and who acts are German; Tesla’s text stays as pasted', async ({
  page,
  ui,
}) => {
  await ui.goto('lang=de');
  await expect(ui.backendStatus).toHaveAttribute('data-state', 'ready');
  await ui.openScreen('Fehler erklären');
  await page
    .getByLabel('Fehlertext')
    .fill('vehicle rejected request: your public key has not been paired with the vehicle');
  await page.getByRole('button', { name: 'Erklären', exact: true }).click();
  const result = page.getByTestId('explain-result');
  await expect(result.getByRole('heading', { name: 'Virtueller Schlüssel nicht im Auto' })).toBeVisible();
  await expect(page.getByTestId('explain-actor')).toHaveText('Der Kunde (in der Tesla-App oder am Auto)');
  await expect(result.getByRole('listitem').first()).toContainText('Tesla-App');
  await expect(result).not.toContainText('The customer');
  await expect(page.getByTestId('explain-cause')).toHaveText('vehicle.key_not_paired');
});

test('a status-only answer says it is not sure and asks for the exact text; a description gets no wild guesses', async ({
  page,
  ui,
}) => {
  await openExplain(ui);
  await explain(page, 'request failed with status code 403');
  await expect(page.getByTestId('explain-confidence')).toHaveAttribute('data-confidence', 'low');
  await expect(page.getByTestId('explain-hint')).toContainText('exact text');
  await explain(page, 'my powerwall will not charge from the grid at night');
  const result = page.getByTestId('explain-result');
  await expect(result.getByRole('heading', { name: 'Not recognised' })).toBeVisible();
  await expect(page.getByTestId('explain-nearest')).toHaveCount(0);
  await expect(page.getByTestId('explain-hint')).toContainText('exact text');
});
