// Redaction by meaning must not eat the evidence: for every scenario of the simulator's catalogue, the
// exported report keeps every check's status and every evidence value, except the ones that are personal
// by design (names, VINs masked to their last 6, ids hashed). Today's rules re-read the exported raw
// answers to the same account and energy statuses (a car's checks are matched by VIN, which the export
// masks, so they are left to todays-rules.ts).
import { describe, expect, it } from 'vitest';
import { buildForExport } from '@main/reports/build-for-export';
import { scenarioNames, startSimulator } from '@main/simulator';
import { buildChecks } from '@shared/checklist/build-checks';
import { inputFromReport } from '@shared/checklist/checklist-input';
import { simSession } from '@test/support/sim-session';
import { simChecklistService } from '@test/support/sim-checklist';

/** Evidence fields whose value is personal or an id: masked or hashed on purpose (email: the consenting account, energy.site_discovery). */
const PERSONAL_FIELD =
  /(^|\.)(site_name|display_name|vin|key_paired_vins|unpaired_vins|id|energy_site_id|gateway_id|email)$/;
const VIN_MASK = /^…[A-Z0-9]{6}$/i;

async function reportFor(scenario: string) {
  const sim = await startSimulator({ scenario, autoConsent: true, speed: 1000 });
  try {
    const session = await simSession(sim);
    const service = simChecklistService(sim, session);
    return await service.run(session.accountId);
  } finally {
    await sim.close();
  }
}

describe('export keeps the evidence, over the scenario catalogue', () => {
  it.each([...scenarioNames])('%s', async (name) => {
    const report = await reportFor(name);
    const exported = buildForExport(report, { includeCustomerLabel: false, salt: 'evidence' });
    expect(exported.checks.map((c) => `${c.id}:${c.status}`)).toEqual(report.checks.map((c) => `${c.id}:${c.status}`));
    const changed: string[] = [];
    report.checks.forEach((c, i) =>
      c.evidence.forEach((ev, j) => {
        const after = exported.checks[i]!.evidence[j]!;
        // A VIN inside a field path is masked there; the field's meaning stays.
        if (PERSONAL_FIELD.test(ev.field) || JSON.stringify(after.value) === JSON.stringify(ev.value)) return;
        if (typeof after.value === 'string' && VIN_MASK.test(after.value)) return;
        changed.push(`${c.id} ${ev.field}: ${JSON.stringify(ev.value)} -> ${JSON.stringify(after.value)}`);
      }),
    );
    expect(changed).toEqual([]);
    // Today's rules over the exported (redacted) raw answers reach the same statuses.
    const rejudged = buildChecks(inputFromReport(exported, { partnerDomain: 'partner.example' }));
    const statuses = (checks: { id: string; status: string }[]) =>
      checks
        .filter((c) => !c.id.startsWith('vehicle.') && c.id !== 'account.connection')
        .map((c) => `${c.id}:${c.status}`)
        .sort();
    expect(statuses(rejudged)).toEqual(statuses(report.checks));
  });
});
