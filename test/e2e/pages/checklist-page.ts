// Page object: the Checklist screen: run it for the selected customer, the items with their status and
// fix, the verdicts, the API usage line.
import { expect, type Locator } from '@playwright/test';
import { ScreenPage } from './screen-page';

export class ChecklistPage extends ScreenPage {
  protected readonly label = 'checklist';

  get runButton(): Locator {
    return this.page.getByTestId('run-checklist');
  }

  /** Runs the checklist from its screen and waits for the backend's answer to `checklist:run`. */
  async run(): Promise<void> {
    const reply = this.app.ipc.nextReply('checklist:run');
    await this.runButton.click();
    expect((await reply).ok).toBe(true);
    await expect(this.verdict('charge')).toBeVisible();
    await this.showPassed();
  }

  /** The passed items are folded into one line ("13 checks passed"): unfolds them. */
  async showPassed(): Promise<void> {
    const passed = this.passed;
    if ((await passed.count()) > 0 && !(await passed.evaluate((d) => (d as HTMLDetailsElement).open)))
      await passed.locator('> summary').click();
  }

  get passed(): Locator {
    return this.page.getByTestId('checklist-passed');
  }

  /** The "N things to fix" heading, and the items grouped by who fixes them (on_site, customer, platform, tesla). */
  get problemsHeading(): Locator {
    return this.page.locator('#ck-problems-heading');
  }

  fixer(who: 'on_site' | 'customer' | 'platform' | 'tesla' | 'waiting'): Locator {
    return this.page.getByTestId(`fixer-${who}`);
  }

  /** Opens the screen and runs the checklist. */
  async openAndRun(): Promise<void> {
    await this.open();
    await this.run();
  }

  /** One item, by its check id (e.g. `vehicle.virtual_key`; the subject after `@` may vary). */
  item(checkId: string): Locator {
    return this.page.locator(`[data-testid^="check-${checkId}@"]`);
  }

  /** An item's status badge (`data-status` pass/fail/…, and its word). */
  status(item: Locator): Locator {
    return item.locator('.ck-status').first();
  }

  /** Every status badge on the screen. */
  get statuses(): Locator {
    return this.page.locator('.ck-status');
  }

  verdict(name: 'charge' | 'discharge' | 'vehicle'): Locator {
    return this.page.getByTestId(`verdict-${name}`);
  }

  get apiUsage(): Locator {
    return this.page.getByTestId('api-usage');
  }

  /** Presses an item's "Check again" and waits for the backend's answer. */
  async recheck(checkId: string): Promise<void> {
    const reply = this.app.ipc.nextReply('checklist:recheck');
    await this.item(checkId).getByRole('button', { name: 'Check again' }).click();
    expect((await reply).ok).toBe(true);
  }
}
