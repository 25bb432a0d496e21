// A test discharge in Chromium at high simulator speed: connect the demo customer (consent page), open
// Test charge, check readiness, start, and see the live chart, the verdict and "settings restored"; the
// simulator's settings end exactly as they began.
import { expect, test } from './fixtures';

interface SimSite {
  energySiteId: number;
  settings: Record<string, unknown>;
}

/** The simulator's admin API (`/__sim/...`, the scenario's state, events and clock). */
async function admin(origin: string, route: string, body?: unknown): Promise<unknown> {
  const res = await fetch(
    `${origin}/__sim/${route}`,
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  expect(res.ok).toBe(true);
  return ((await res.json()) as { response: unknown }).response;
}

test('runs a test discharge and shows the chart, the verdict and "settings restored"', async ({ ui }) => {
  await ui.goto();
  const simOrigin = await ui.accounts.connect();
  const state = (await admin(simOrigin, 'state')) as { sites: SimSite[] };
  const site = state.sites[0];
  expect(site).toBeTruthy();
  // A peak period (exporting pays) and 60x simulated time: the 5-minute test takes seconds.
  await admin(simOrigin, `sites/${site?.energySiteId}/events`, { exportPays: true });
  await admin(simOrigin, 'clock', { speed: 60 });

  const testCharge = ui.testCharge;
  await testCharge.open();
  await expect(testCharge.heading).toBeVisible();
  await testCharge.chooseDischarge();
  await testCharge.checkReadiness();
  await expect(ui.page.getByText('Ready: nothing blocks the test.')).toBeVisible();
  await expect(testCharge.planRow(/Operation mode .*Self-Powered.*Time-Based Control/)).toBeVisible();

  // The live chart draws (uPlot's canvas) and fills with readings; the run ends with its result.
  const final = await testCharge.startAndWaitForResult('Start test discharge');
  await expect(testCharge.chartHost).not.toHaveAttribute('data-samples', '0');
  expect(final.result?.verdict).toBe('pass');
  await expect(testCharge.result).toContainText('Passed');
  await expect(testCharge.result).toContainText('discharged to the grid');
  await expect(testCharge.restored).toHaveText(/Settings restored/);

  const after = (await admin(simOrigin, 'state')) as { sites: SimSite[] };
  expect(after.sites[0]?.settings).toEqual(site?.settings);
});
