// The five wrong signals of a site visit (issue 15), each proven fixed in Chromium against the demo
// simulator: a grant without boxes is not "connected"; a pre-PTO site is never "ready" on the test screen
// while the checklist says it is blocked (and its export setting is never touched); a just-exported report
// re-judged by today's rules shows no change; a reconnect or "Check again" re-judges every dependent check
// and both verdicts; "settings restored" is told apart from "battery settled".
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunView } from '@shared/contract/areas/test-charge';
import { CONSENT_LABELS } from '@shared/tesla/scopes';
import { giveConsent } from '../support/consent-page';
import { simAdmin, simSites } from '../support/sim-admin';
import { expect, test } from './fixtures';

test.describe('healthy site', () => {
  test.use({ scenario: 'healthy' });

  test('1. Allow with no box ticked: the unticked boxes are named at once and "Reconnect now" asks for them', async ({
    ui,
    page,
  }) => {
    await ui.goto();
    await ui.accounts.connect({ untick: Object.values(CONSENT_LABELS) });
    const notice = ui.accounts.notice;
    const card = ui.accounts.cards.first();
    // Not a green "connected": a warning naming every box the platform needs, by Tesla's own labels.
    await expect(notice).toHaveClass(/notice-warn/);
    await expect(notice).toContainText('7 boxes unticked that the platform needs');
    for (const label of Object.values(CONSENT_LABELS)) await expect(notice).toContainText(`“${label}”`);
    await expect(card.locator('.badge.state-missing_consent')).toHaveText('Permissions missing');
    // Counted by the boxes, as the consent page showed them (not "2 permissions granted").
    await expect(ui.accounts.boxCount(card)).toHaveText('0 of 7 boxes ticked');

    // Reconnect while the customer is still at the laptop: Tesla is asked only for the missing boxes.
    let authorizeUrl = '';
    await giveConsent(page, async () => {
      page.once('popup', (popup) => (authorizeUrl = popup.url()));
      await ui.accounts.reconnectNow.click();
    });
    expect(new URL(authorizeUrl).searchParams.get('prompt_missing_scopes')).toBe('true');
    // Every box ticked now: the visit moves on to Check by itself; the Connect step keeps the result.
    await expect(ui.navButton(ui.labels.checklist)).toHaveAttribute('aria-current', 'page');
    await ui.accounts.open();
    await expect(notice).toHaveClass(/notice-ok/);
    await expect(notice).toHaveText(/connected/);
    await expect(ui.accounts.boxCount(card)).toHaveText('7 of 7 boxes ticked');
    await expect(card.locator('.badge.state-connected')).toHaveText('Connected');
  });

  test('3. a report just exported, opened in "What would today’s app say?", shows no change', async ({ ui }) => {
    await ui.goto();
    await ui.accounts.connect({ label: 'Job 4711' });
    await ui.checklist.openAndRun();
    await expect(ui.checklist.verdict('charge')).toContainText('Yes');
    const reports = ui.reports;
    await reports.open();
    const download = await reports.save('JSON');
    const file = path.join(os.tmpdir(), `tcd-e2e-rerun-${Date.now()}.json`);
    writeFileSync(file, readFileSync((await download.path())!, 'utf8'));
    await reports.openFile(file);
    await expect(reports.view).toContainText('Integrity digest matches');
    const rerun = await reports.rerunWithTodaysRules();
    // Redaction removed the token expiry and the VIN: "not in this report", never "ready → not ready".
    await expect(rerun.getByTestId('rerun-same')).toBeVisible();
    await expect(rerun.locator('[data-verdict-change]')).toHaveCount(0);
    await expect(rerun.locator('[data-change="changed"]')).toHaveCount(0);
    await expect(rerun).not.toContainText('not ready');
    await expect(rerun.locator('[data-change="not_in_report"][data-check="account.connection"]')).toContainText(
      'not in this report (the report says Pass)',
    );
  });

  test('4a. after "Reconnect this customer" the checklist refreshes by itself: dependent check and verdict too', async ({
    ui,
    page,
  }) => {
    await ui.goto();
    await ui.accounts.connect({ untick: ['Energy Product Commands'] });
    await ui.checklist.openAndRun();
    const scope = ui.checklist.item('scope.energy_commands');
    const readiness = ui.checklist.item('energy.command_readiness');
    await expect(ui.checklist.status(scope)).toHaveAttribute('data-status', 'fail');
    // The readiness only repeats the missing box: not checked behind it (one box, one fix).
    await expect(ui.checklist.status(readiness)).toHaveAttribute('data-status', 'not_checked');
    await expect(ui.checklist.verdict('charge')).toContainText('No');

    const rerun = ui.ipc.nextReply('checklist:run');
    await giveConsent(page, () => scope.getByRole('button', { name: 'Reconnect this customer' }).click());
    expect((await rerun).ok).toBe(true);
    // No "Check again" pressed, no reload: the item, the readiness that depends on it and the verdict.
    await expect(ui.checklist.status(scope)).toHaveAttribute('data-status', 'pass');
    await expect(ui.checklist.status(readiness)).toHaveAttribute('data-status', 'pass');
    await expect(ui.checklist.verdict('charge')).toContainText('Yes');
  });

  test('4b. "Check again" on one item re-judges the checks that depend on the same reading', async ({ ui }) => {
    await ui.goto();
    const origin = await ui.accounts.connect();
    await ui.checklist.openAndRun();
    const readiness = ui.checklist.item('energy.command_readiness');
    await expect(ui.checklist.status(readiness)).toHaveAttribute('data-status', 'pass');
    const [site] = await simSites(origin);
    await simAdmin(origin, `sites/${site?.energySiteId}/events`, { stormWatchActive: true });
    // Only the site's reachability is checked again (it re-reads site_info and live_status): the
    // readiness item, judged from the same live_status, changes with it.
    await ui.checklist.recheck('energy.reachable');
    await expect(ui.checklist.status(readiness)).toHaveAttribute('data-status', 'warn');
    await expect(readiness).toContainText('Storm Watch');
  });

  test('5. "Settings restored" and "battery settled" are told apart; a new test waits for the battery', async ({
    ui,
  }) => {
    await ui.goto();
    const origin = await ui.accounts.connect();
    const [site] = await simSites(origin);
    await simAdmin(origin, `sites/${site?.energySiteId}/events`, { exportPays: true });
    await simAdmin(origin, 'clock', { speed: 60 });
    const tc = ui.testCharge;
    await tc.open();
    await tc.chooseDischarge();
    await tc.checkReadiness();
    await expect(tc.readyLine).toBeVisible();
    // Real time from the restore on, so the seconds the Powerwall still follows the test can be seen.
    const restoring = ui.ipc.nextEvent<RunView>('testCharge:state', (v) => v.phase === 'restoring');
    const settling = ui.ipc.nextEvent<RunView>(
      'testCharge:state',
      (v) => v.settle?.state === 'settling' && v.settle.batteryW !== null,
    );
    const settled = ui.ipc.nextEvent<RunView>('testCharge:state', (v) => v.settle?.state === 'settled');
    const finished = ui.ipc.nextEvent<RunView>('testCharge:state', (v) => v.result !== undefined);
    await ui.page.getByRole('button', { name: 'Start test discharge' }).click();
    await restoring;
    await simAdmin(origin, 'clock', { speed: 1 });
    expect((await finished).result).toMatchObject({ verdict: 'pass', restored: true });
    await expect(tc.restored).toHaveText(/Settings restored/);
    // Restored, yet the Powerwall still exports on the test's values (the cloud relays changes).
    expect((await settling).settle?.batteryW ?? 0).toBeGreaterThan(0);
    await expect(tc.settle).toHaveAttribute('data-state', 'settling');
    await expect(tc.settle).toContainText('Battery still settling');
    // A new test meanwhile: the plan says so, and the run waits before changing anything.
    await tc.chooseCharge();
    await tc.checkReadiness();
    await expect(tc.planSettling).toContainText('still settling');
    const waiting = ui.ipc.nextEvent<RunView>('testCharge:state', (v) => v.waitingToSettle === true);
    const secondWrites = ui.ipc.nextEvent<RunView>(
      'testCharge:state',
      (v) => v.direction === 'charge' && v.phase === 'writing',
    );
    await ui.page.getByRole('button', { name: 'Start test charge' }).click();
    const waited = await waiting;
    await expect(ui.page.getByText('Waiting for the battery to settle')).toBeVisible();
    await simAdmin(origin, 'clock', { speed: 60 });
    const settledView = await settled;
    const writing = await secondWrites;
    expect(settledView.runId).not.toBe(waited.runId);
    // The second test wrote only after the first one's battery had settled.
    expect(writing.runId).toBe(waited.runId);
    expect(settledView.settle?.state).toBe('settled');
  });
});

test.describe('pre-PTO site', () => {
  test.use({ scenario: 'pre-pto' });

  test('2. the test screen agrees with the checklist: a charge is ready, a discharge waits for permission to operate; forced it never touches Energy Exports', async ({
    ui,
  }) => {
    await ui.goto();
    const origin = await ui.accounts.connect();
    await ui.checklist.openAndRun();
    // Issue 23: before permission to operate nothing fails; charging from the grid is ready, discharging waits.
    await expect(ui.checklist.verdict('charge')).toContainText('Yes');
    await expect(ui.checklist.verdict('discharge')).toContainText('Not yet');
    await expect(ui.checklist.verdict('discharge')).toContainText('Permission to Export: No');

    const tc = ui.testCharge;
    await tc.open();
    // A charge is possible, and the checklist says so too.
    await tc.checkReadiness();
    await expect(tc.plan).toBeVisible();
    await expect(tc.readyNotes).toHaveCount(0);

    // A discharge: blocked by the same item, with its fix, before anything is written.
    await tc.chooseDischarge();
    await tc.checkReadiness();
    await expect(tc.blocked).toContainText('The checklist says this test will fail');
    await expect(tc.blocked).toContainText('Permission to Export: No');
    await expect(ui.page.getByRole('button', { name: 'Start test discharge' })).toHaveCount(0);
    await expect(tc.plan.locator('[data-why="no_export_permission"]')).toContainText('Energy Exports: Off (never)');

    // Run anyway, after a confirmation that says what will happen: exports are never changed.
    await tc.runAnyway.click();
    await expect(tc.forceConfirmation).toContainText('expected to fail');
    await expect(tc.forceConfirmation).toContainText('Energy Exports stays as it is');
    const [site] = await simSites(origin);
    await simAdmin(origin, `sites/${site?.energySiteId}/events`, { exportPays: true });
    await simAdmin(origin, 'clock', { speed: 60 });
    const final = await tc.startAndWaitForResult('Yes, run it anyway');
    expect(final.result).toMatchObject({ verdict: 'fail', reason: 'export_not_permitted', restored: true });
    const log = await simAdmin<Array<{ method: string; path: string }>>(origin, 'requests');
    expect(log.filter((r) => r.method === 'POST' && r.path.endsWith('/grid_import_export'))).toEqual([]);
    const [after] = await simSites(origin);
    expect(after?.settings).toEqual(site?.settings);
  });
});
