// The app opening with a customer already connected (and no checklist of theirs held): it reads their
// checklist by itself as it opens (one diagnosis), the visit opens at Check and shows it without "Run"
// being pressed, and a reload shows the one held without reading Tesla again. (A "Run" pressed meanwhile
// joins that run: the checklist service's unit test.)
import { connectOverIpc } from '@test/support/connect-over-ipc';
import { expect, test } from './fixtures';

/** How many times the simulator was asked for the customer's products (one per diagnosis). */
async function productsReads(simOrigin: string | null): Promise<number> {
  const { response: log } = (await (await fetch(`${simOrigin}/__sim/requests`)).json()) as {
    response: { path: string }[];
  };
  return log.filter((r) => r.path.endsWith('/api/1/products')).length;
}

test('opening the app with a connected customer reads their checklist once, by itself', async ({ app, ui, page }) => {
  await connectOverIpc(app.url);
  expect(await productsReads(app.simulatorOrigin())).toBe(0);

  // The main side starts it as the page connects; the page finds it held or joins it. The visit opens at
  // Check (every box was ticked), nothing pressed.
  await ui.goto();
  await expect(ui.navButton('Check')).toHaveAttribute('aria-current', 'page');
  await expect(ui.checklist.verdict('charge')).toBeVisible();
  expect(await productsReads(app.simulatorOrigin())).toBe(1);

  // A reload: the checklist held for this run of the app is shown, Tesla is not asked again.
  await page.reload();
  await ui.openScreen('Check');
  await expect(ui.checklist.verdict('charge')).toBeVisible();
  expect(await productsReads(app.simulatorOrigin())).toBe(1);
});
