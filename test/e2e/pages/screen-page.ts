// Page object base: what every screen's page object shares (its app, its page, opening it from the
// navigation), and the labels a spec in another language overrides.
import type { Locator, Page } from '@playwright/test';
import type { IpcTraffic } from '@test/support/ws-client';

/** Navigation labels (the visit's steps, Settings, Support, Board) and the few button names a flow across screens needs, per language. */
export interface Labels {
  accounts: string;
  checklist: string;
  /** The Fix step (the checklist's things to fix). */
  fix: string;
  testCharge: string;
  reports: string;
  endVisit: string;
  settings: string;
  support: string;
  board: string;
  /** The Customers screen's "Connect a Tesla account" button. */
  connect: string;
}

export const englishLabels: Labels = {
  accounts: 'Connect',
  checklist: 'Check',
  fix: 'Fix',
  testCharge: 'Test',
  reports: 'Report',
  endVisit: 'End visit',
  settings: 'Settings',
  support: 'Support',
  board: 'Board',
  connect: 'Connect a Tesla account',
};

/**
 * What a screen's page object needs of the app's shell (AppPage implements it): named here so the page
 * objects do not import app-page.ts, which imports them.
 */
export interface AppShell {
  readonly page: Page;
  readonly ipc: IpcTraffic;
  readonly labels: Labels;
  readonly navigation: Locator;
  openScreen(label: string): Promise<void>;
}

/** What every screen's page object shares: its app, its page, and opening it from the navigation. */
export abstract class ScreenPage {
  constructor(protected readonly app: AppShell) {}

  protected abstract readonly label: keyof Labels;

  get page(): Page {
    return this.app.page;
  }

  async open(): Promise<void> {
    await this.app.openScreen(this.app.labels[this.label]);
  }
}
