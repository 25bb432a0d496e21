// Page object: the Customers screen (the `accounts` area): the ways in (through the demo platform, the
// doctor's own app through the simulator's consent page, replace after its confirmation), the customer
// cards, the notice, end the site visit.
import { expect, type Locator, type Page } from '@playwright/test';
import { giveConsent } from '@test/support/consent-page';
import { ScreenPage } from './screen-page';

export class AccountsPage extends ScreenPage {
  protected readonly label = 'accounts';

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Customers', level: 2 });
  }

  get labelField(): Locator {
    return this.page.getByLabel('Your label for this customer (optional)');
  }

  /** The Demo profile's platform (the simulator's demo platform). */
  static readonly platform = 'Demo Energy';

  /** One of the ways in, by its value (the same in every language: the pseudo-locale and German runs). */
  way(way: 'platform' | 'own_app' | 'replace'): Locator {
    return this.page.locator(`input[type="radio"][name="connect-way"][value="${way}"]`);
  }

  get customerField(): Locator {
    return this.page.getByLabel(`Customer’s e-mail or reference at ${AccountsPage.platform}`);
  }

  /** The question asked before replacing the platform's connection (nothing has started while it shows). */
  get replaceConfirm(): Locator {
    return this.page.getByRole('alertdialog', { name: `Replace ${AccountsPage.platform}’s connection?` });
  }

  get connectButton(): Locator {
    return this.page.getByRole('button', { name: this.app.labels.connect });
  }

  get cards(): Locator {
    return this.page.getByTestId('customer-card');
  }

  get notice(): Locator {
    return this.page.getByTestId('accounts-notice');
  }

  /** The notice's "Reconnect now" (a sign-in that lacks boxes the platform needs). */
  get reconnectNow(): Locator {
    return this.notice.getByRole('button', { name: 'Reconnect now' });
  }

  /** A card's consent-box count ("N of M boxes ticked"). */
  boxCount(card: Locator): Locator {
    return card.getByRole('button', { name: /boxes ticked/ });
  }

  get signInWaiting(): Locator {
    return this.page.getByTestId('sign-in-waiting');
  }

  /**
   * Connects the demo customer with a sign-in under the doctor's own app (the Demo profile's default way,
   * through the platform, has no consent page): presses Connect, gives consent in the simulator's tab
   * (unticking the named boxes), waits for the checklist that connecting runs by itself, comes back to the
   * Connect step and waits for the customer's card. Returns the simulator's origin (its admin API).
   */
  async connect(options: { label?: string; untick?: readonly string[] } = {}): Promise<string> {
    // Every e2e app runs the Demo profile, which offers the ways (checked once the list has loaded).
    await this.way('own_app').check();
    if (options.label) await this.labelField.fill(options.label);
    const checked = this.app.ipc.nextReply('checklist:run');
    const origin = await giveConsent(this.page, () => this.connectButton.click(), options.untick);
    await checked;
    await this.open();
    await expect(this.cards).not.toHaveCount(0);
    return origin;
  }

  /**
   * Connects a customer of the demo platform through the platform (the default way): no sign-in page opens.
   * Waits for the connect reply and the checklist that connecting runs by itself.
   */
  async connectThroughPlatform(options: { customer: string; label?: string }): Promise<void> {
    await expect(this.way('platform')).toBeChecked();
    await this.customerField.fill(options.customer);
    if (options.label) await this.labelField.fill(options.label);
    const connected = this.app.ipc.nextReply('accounts:connectThroughPlatform');
    const checked = this.app.ipc.nextReply('checklist:run');
    await this.connectButton.click();
    expect((await connected).ok).toBe(true);
    expect((await checked).ok).toBe(true);
  }

  /** Presses Connect (the doctor's own app) and returns the consent tab the app opened, for a spec that acts as the customer. */
  async startConnect(): Promise<Page> {
    // Every e2e app runs the Demo profile, which offers the ways (checked once the list has loaded).
    await this.way('own_app').check();
    const popup = this.page.waitForEvent('popup');
    await this.connectButton.click();
    return popup;
  }

  /** What the last "End site visit" removed (one list item per kind of data). */
  get visitRemoved(): Locator {
    return this.page.getByRole('list', { name: 'Removed from this laptop' });
  }

  /** What it kept, each with its reason. */
  get visitKept(): Locator {
    return this.page.getByRole('list', { name: 'Kept, and why' });
  }

  /** "End site visit", confirmed for `count` customers. */
  async endVisit(count: number): Promise<void> {
    await this.page.getByRole('button', { name: 'End site visit' }).click();
    await this.page.getByRole('button', { name: `Forget ${count} customer${count === 1 ? '' : 's'}` }).click();
  }
}
