// Page object: the site visit's step header (Connect → Check → Fix → Test → Report → End visit): each
// step's state (done / next / todo), the open one, the "N to fix" count and the "Next: …" button.
import { type Locator } from '@playwright/test';
import type { AppShell } from './screen-page';

export type StepState = 'done' | 'next' | 'todo' | 'attention';

export class VisitSteps {
  constructor(private readonly app: AppShell) {}

  /** A step's list item, by its navigation label (data-state tells done/next/todo). */
  step(label: string): Locator {
    return this.app.navigation
      .locator('li.step')
      .filter({ has: this.app.page.getByRole('button', { name: label, exact: true }) });
  }

  /** The labels of the steps in a state, in order. */
  async inState(state: StepState): Promise<string[]> {
    const items = this.app.navigation.locator(`li.step[data-state="${state}"] button`);
    return (await items.allInnerTexts()).map((t) =>
      t
        .replace(/^[\d✓→!]\s*/u, '')
        .replace(/\s*\d+$/, '')
        .trim(),
    );
  }

  /** The "Next: <step> →" button under the open step. */
  get nextButton(): Locator {
    return this.app.page.getByTestId('next-step').getByRole('button');
  }
}
