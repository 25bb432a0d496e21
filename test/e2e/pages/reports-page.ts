// Page object: the Reports screen: export (preview, label, download), open a report file, the read-only
// report view with today's rules, and the history.
import { expect, type Download, type Locator } from '@playwright/test';
import { ScreenPage } from './screen-page';

export class ReportsPage extends ScreenPage {
  protected readonly label = 'reports';

  get openHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Open a report' });
  }

  /** Opens the screen and waits for its "Open a report" panel. */
  override async open(): Promise<void> {
    await super.open();
    await expect(this.openHeading).toBeVisible();
  }

  get preview(): Locator {
    return this.page.getByTestId('redaction-preview');
  }

  get includeLabel(): Locator {
    return this.page.getByLabel(/Include the customer label/);
  }

  /** "Add the appendix" (full evidence and Tesla's answers after the one-page handover). */
  get appendix(): Locator {
    return this.page.getByLabel(/Add the appendix/);
  }

  /** Presses "Save as <format>" and returns the page's download. */
  async save(format: 'JSON' | 'HTML' | 'PDF'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `Save as ${format}` }).click();
    return download;
  }

  get history(): Locator {
    return this.page.getByTestId('report-history');
  }

  async openFile(file: string): Promise<void> {
    await this.page.getByLabel('Choose a report file (.json)').setInputFiles(file);
  }

  get view(): Locator {
    return this.page.getByTestId('report-view');
  }

  get openError(): Locator {
    return this.page.getByTestId('report-open-error');
  }

  get digestWarning(): Locator {
    return this.page.getByTestId('digest-warning');
  }

  /** Presses "What would today's app say?" and returns the re-run's diff. */
  async rerunWithTodaysRules(): Promise<Locator> {
    await this.view.getByRole('button', { name: 'What would today’s app say?' }).click();
    return this.page.getByTestId('rerun-result');
  }
}
