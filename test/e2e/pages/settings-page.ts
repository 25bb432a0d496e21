// Page object: the Settings screen: the connection profile (the `profiles` area), importing profiles, and
// session-only mode (an `accounts` setting shown here).
import type { Locator } from '@playwright/test';
import { ScreenPage } from './screen-page';

export class SettingsPage extends ScreenPage {
  protected readonly label = 'settings';

  get notice(): Locator {
    return this.page.getByTestId('settings-notice');
  }

  /** The radio button of a connection profile, by its name ("Demo" for the built-in simulator). */
  profile(name: string | RegExp): Locator {
    return this.page.getByRole('radio', { name });
  }

  get sessionOnly(): Locator {
    return this.page.getByLabel('Keep new sign-ins for this session only');
  }
}
