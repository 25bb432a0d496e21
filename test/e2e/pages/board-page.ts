// Page object: the Board screen: incidents, counts, changes, the homes table with its filters and CSV
// export, and one home's panel (latest stored result, history, "Diagnose now through the platform").
import type { Locator } from '@playwright/test';
import { ScreenPage } from './screen-page';

export class BoardPage extends ScreenPage {
  protected readonly label = 'board';

  get empty(): Locator {
    return this.page.getByTestId('board-empty');
  }

  get incidents(): Locator {
    return this.page.getByTestId('board-incident');
  }

  get changes(): Locator {
    return this.page.getByTestId('board-changes');
  }

  /** The homes table's body rows. */
  get homeRows(): Locator {
    return this.page.getByTestId('board-homes').locator('tbody tr');
  }

  get count(): Locator {
    return this.page.getByTestId('board-count');
  }

  /** A filter's control by its label (Search reference, Cause, Who fixes, Incident, Change; or the German). */
  filter(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** A button on the Board by its name (Show these homes, Clear filters, Export CSV for tickets, …). */
  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  get home(): Locator {
    return this.page.getByTestId('board-home');
  }

  get historyRows(): Locator {
    return this.page.getByTestId('board-history').locator('tbody tr');
  }

  get csvResult(): Locator {
    return this.page.getByTestId('board-csv-result');
  }
}
