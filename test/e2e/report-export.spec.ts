// Export in browser mode: a customer connected through the consent page, the checklist run, then the
// Reports screen previews what will be hidden and the page downloads the redacted, digested report.
import { readFileSync } from 'node:fs';
import { parseReportText } from '../../electron/reports/read-report-file';
import { expect, test } from './fixtures';

test('exports the checklist result as a redacted JSON download and lists it in the history', async ({ ui }) => {
  await ui.goto();
  await ui.accounts.connect({ label: 'Rivera, 4 Birch Lane' });
  await expect(ui.accounts.cards).toHaveCount(1);
  await ui.checklist.openAndRun();

  const reports = ui.reports;
  await reports.open();
  await expect(reports.preview).toContainText('values will be removed, masked or hashed');
  await expect(reports.preview).toContainText('Customer label (not included)');
  await reports.includeLabel.check();
  await expect(ui.page.getByText(/File name: tesla-connect-doctor_\d{4}-\d\d-\d\d_Rivera-4-Birch-Lane\.json/)).toBeVisible();

  const download = await reports.save('JSON');
  expect(download.suggestedFilename()).toMatch(/^tesla-connect-doctor_\d{4}-\d\d-\d\d_Rivera-4-Birch-Lane\.json$/);
  const text = readFileSync((await download.path())!, 'utf8');
  const opened = parseReportText(text);
  expect(opened.digest).toBe('match');
  expect(opened.report.customerLabel).toBe('Rivera, 4 Birch Lane');
  expect(text).not.toContain('jordan.rivera@example.com');
  expect(text).not.toMatch(/\b[A-HJ-NPR-Z0-9]{17}\b/);
  expect(text).not.toMatch(/eyJ[\w-]{5,}\.[\w-]{5,}\./);
  await expect(ui.page.getByText(/Downloaded tesla-connect-doctor_/)).toBeVisible();

  // The history lists it; opening it shows the read-only view.
  await expect(reports.history).toContainText('Rivera, 4 Birch Lane');
  await reports.history.getByRole('button', { name: 'Open' }).click();
  await expect(ui.page.getByRole('heading', { name: 'Report for Rivera, 4 Birch Lane' })).toBeVisible();
  await expect(ui.page.getByText('Integrity digest matches: unchanged since export.')).toBeVisible();
});
