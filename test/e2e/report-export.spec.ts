// Export in browser mode: a customer connected through the consent page, the checklist run, then the
// Reports screen previews what will be hidden and the page downloads the redacted, digested report.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseReportText } from '@main/reports/read-report-file';
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
  await expect(
    ui.page.getByText(/File name: tesla-connect-doctor_\d{4}-\d\d-\d\d_Rivera-4-Birch-Lane\.json/),
  ).toBeVisible();

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

  // The same report as a one-page PDF handover, and as HTML with the appendix: one history entry listing
  // its formats, and the same pseudonymous ids in every format.
  const pdf = await reports.save('PDF');
  const info = execFileSync('pdfinfo', [(await pdf.path())!], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+1\n/);
  await reports.appendix.check();
  const html = readFileSync((await (await reports.save('HTML')).path())!, 'utf8');
  expect(html).toContain('Site visit handover');
  const ids = [...new Set(text.match(/\b(site|account)#[0-9a-f]{6}\b/g) ?? [])];
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) expect(html).toContain(id);
  await expect(reports.history.getByRole('listitem')).toHaveCount(1);
  await expect(reports.history).toContainText('saved as JSON, PDF, HTML');

  // The history lists it; opening it shows the read-only view.
  await expect(reports.history).toContainText('Rivera, 4 Birch Lane');
  await reports.history.getByRole('button', { name: 'Open' }).click();
  await expect(ui.page.getByRole('heading', { name: 'Report for Rivera, 4 Birch Lane' })).toBeVisible();
  await expect(ui.page.getByText('Integrity digest matches: unchanged since export.')).toBeVisible();
});
