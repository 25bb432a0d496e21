// Page object: the Test charge screen: pick the direction, check readiness, start, and the run's chart,
// result and restore.
import { expect, type Locator } from '@playwright/test';
import type { RunView } from '@shared/contract/areas/test-charge';
import { ScreenPage } from './screen-page';

export class TestChargePage extends ScreenPage {
  protected readonly label = 'testCharge';

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Test charge / discharge', level: 2 });
  }

  /** Tesla refuses the account itself: the test is blocked by that one check (data-blocked-by). */
  get accountBlocked(): Locator {
    return this.page.getByTestId('test-blocked');
  }

  /** The blocked test's cause, in the checklist headline's words. */
  get accountBlockedCause(): Locator {
    return this.page.getByTestId('test-blocked-cause');
  }

  /** With a run on screen the form for another test is folded ("Set up another test"): unfolds it. */
  async showForm(): Promise<void> {
    const again = this.page.locator('details.tc-again');
    if ((await again.count()) > 0 && !(await again.evaluate((d) => (d as HTMLDetailsElement).open)))
      await again.locator('> summary').click();
  }

  async chooseDischarge(): Promise<void> {
    await this.showForm();
    await this.page.getByLabel('Test discharge (to the grid)').check();
  }

  async chooseCharge(): Promise<void> {
    await this.showForm();
    await this.page.getByLabel('Test charge (from the grid)').check();
  }

  async checkReadiness(): Promise<void> {
    await this.showForm();
    await this.page.getByRole('button', { name: 'Check readiness' }).click();
  }

  /** A row of the "what the test would change" table. */
  planRow(name: RegExp): Locator {
    return this.page.getByRole('row', { name });
  }

  /** Starts the test with the given button and resolves with the run's final state (its result is set). */
  async startAndWaitForResult(button: string): Promise<RunView> {
    const finished = this.app.ipc.nextEvent<RunView>('testCharge:state', (view) => view.result !== undefined);
    await this.page.getByRole('button', { name: button }).click();
    await expect(this.chart).toBeVisible();
    return finished;
  }

  /** uPlot's canvas. */
  get chart(): Locator {
    return this.page.locator('.tc-chart .uplot canvas');
  }

  get chartHost(): Locator {
    return this.page.locator('.tc-chart-host');
  }

  get result(): Locator {
    return this.page.getByTestId('tc-result');
  }

  get restored(): Locator {
    return this.page.getByTestId('tc-restored');
  }

  /** The plan ("Before the test"), its all-clear line, its blocked box and its notes. */
  get plan(): Locator {
    return this.page.getByTestId('tc-plan');
  }

  get readyLine(): Locator {
    return this.page.getByTestId('tc-ready');
  }

  get blocked(): Locator {
    return this.page.getByTestId('tc-blocked');
  }

  get readyNotes(): Locator {
    return this.page.getByTestId('tc-ready-notes');
  }

  get planSettling(): Locator {
    return this.page.getByTestId('tc-plan-settling');
  }

  /** "Run anyway…" and its confirmation. */
  get runAnyway(): Locator {
    return this.page.getByRole('button', { name: 'Run anyway…' });
  }

  get forceConfirmation(): Locator {
    return this.page.getByTestId('tc-confirm-force');
  }

  /** Whether the battery has settled after the restore (`data-state`). */
  get settle(): Locator {
    return this.page.getByTestId('tc-settle');
  }
}
