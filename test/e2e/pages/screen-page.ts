// Page object base: what every screen's page object shares (its app, its page, opening it from the
// navigation), and the labels a spec in another language overrides.
import type { Page } from '@playwright/test';
import type { AppPage } from './app-page';

/** Navigation labels and the few button names a flow across screens needs, per language. */
export interface Labels {
  accounts: string;
  checklist: string;
  testCharge: string;
  reports: string;
  settings: string;
  support: string;
  /** The Customers screen's "Connect a Tesla account" button. */
  connect: string;
}

export const englishLabels: Labels = {
  accounts: 'Customers',
  checklist: 'Checklist',
  testCharge: 'Test charge',
  reports: 'Reports',
  settings: 'Settings',
  support: 'Support',
  connect: 'Connect a Tesla account',
};

/** What every screen's page object shares: its app, its page, and opening it from the navigation. */
export abstract class ScreenPage {
  constructor(protected readonly app: AppPage) {}

  protected abstract readonly label: keyof Labels;

  get page(): Page {
    return this.app.page;
  }

  async open(): Promise<void> {
    await this.app.openScreen(this.app.labels[this.label]);
  }
}
