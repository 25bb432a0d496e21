// Page object: the app's shell (header, status bar, navigation) and the way to each screen's page object.
// Screens are reached by their navigation label; labels default to English, and a spec running another
// language passes its own (`new AppPage(page, host, { labels: … })`).
import { expect, type Locator, type Page } from '@playwright/test';
import type { BrowserHost } from '@main/browser/browser-host';
import { watchIpc, type IpcTraffic } from '@test/support/ws-client';
import { AccountsPage } from './accounts-page';
import { BoardPage } from './board-page';
import { ChecklistPage } from './checklist-page';
import { ReportsPage } from './reports-page';
import { SettingsPage } from './settings-page';
import { SupportPage } from './support-page';
import { englishLabels, type AppShell, type Labels } from './screen-page';
import { TestChargePage } from './test-charge-page';
import { VisitSteps } from './visit-steps';

export { englishLabels, type Labels };

export class AppPage implements AppShell {
  /** Replies and events on the page's IPC socket (see test/support/ws-client.ts). */
  readonly ipc: IpcTraffic;
  readonly labels: Labels;
  readonly accounts: AccountsPage;
  readonly checklist: ChecklistPage;
  readonly testCharge: TestChargePage;
  readonly reports: ReportsPage;
  readonly settings: SettingsPage;
  readonly support: SupportPage;
  readonly board: BoardPage;
  /** The visit's step header. */
  readonly steps: VisitSteps;

  constructor(
    readonly page: Page,
    private readonly host?: BrowserHost,
    options: { labels?: Partial<Labels> } = {},
  ) {
    this.ipc = watchIpc(page);
    this.labels = { ...englishLabels, ...options.labels };
    this.accounts = new AccountsPage(this);
    this.checklist = new ChecklistPage(this);
    this.testCharge = new TestChargePage(this);
    this.reports = new ReportsPage(this);
    this.settings = new SettingsPage(this);
    this.support = new SupportPage(this);
    this.board = new BoardPage(this);
    this.steps = new VisitSteps(this);
  }

  /** Opens the app at the host's URL (with its secret); `query` e.g. `lang=en` goes before the fragment. */
  async goto(query?: string): Promise<void> {
    if (!this.host) throw new Error('AppPage has no host: open the URL with gotoUrl()');
    await this.page.goto(
      query ? `${this.host.origin}/?${query}#k=${encodeURIComponent(this.host.secret)}` : this.host.url,
    );
  }

  async gotoUrl(url: string): Promise<void> {
    await this.page.goto(url);
  }

  /** Opens the app and waits until the backend says it is ready. */
  async gotoReady(query?: string): Promise<void> {
    await this.goto(query);
    await expect(this.backendStatus).toHaveText(/ready/i);
  }

  get backendStatus(): Locator {
    return this.page.getByTestId('backend-status');
  }

  get appVersion(): Locator {
    return this.page.getByTestId('app-version');
  }

  get navigation(): Locator {
    return this.page.getByRole('navigation');
  }

  navButton(label: string): Locator {
    return this.navigation.getByRole('button', { name: label, exact: true });
  }

  /** The current screen's heading. */
  get screenHeading(): Locator {
    return this.page.locator('main h2').first();
  }

  /** Opens a screen by its navigation label and waits until it is the current one and shows its heading. */
  async openScreen(label: string): Promise<void> {
    await this.navButton(label).click();
    await expect(this.navButton(label)).toHaveAttribute('aria-current', 'page');
    await expect(this.screenHeading).toBeVisible();
  }
}
