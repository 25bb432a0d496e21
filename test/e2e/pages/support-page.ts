// Page object: the Support screen: the app's language, the support bundle, the update setting.
import type { Locator } from '@playwright/test';
import { ScreenPage } from './screen-page';

export class SupportPage extends ScreenPage {
  protected readonly label = 'support';

  get createBundleButton(): Locator {
    return this.page.getByRole('button', { name: 'Create support bundle' });
  }

  get bundleResult(): Locator {
    return this.page.getByTestId('support-bundle-result');
  }
}
