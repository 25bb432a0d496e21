// Main process (plain Node). One home's diagnosis in a sweep: the same gather and rules as the checklist
// screen (no second diagnosis), on a borrowed token, reduced to the root cause, who acts and the data age.
import { buildChecks } from '@shared/checklist/build-checks';
import type { ChecklistInput } from '@shared/checklist/checklist-input';
import type { Check } from '@shared/report/check-types';
import { rootCause } from '@shared/checklist/layers';
import { HEALTHY, type HomeResult } from '@shared/sweep/sweep-types';
import { gather } from '../checklist/gather';
import { createFleetClient, type FleetClientOptions } from '../fleet/fleet-client';
import type { FleetSession } from '../fleet/fleet-session';
import { createUsageMeter } from '../fleet/usage-meter';

export interface HomeDiagnosis {
  result: HomeResult;
  wakes: number;
}

/** Seconds between the first site's live_status timestamp and the read, or null when none was read. */
export function dataAgeSeconds(input: ChecklistInput): number | null {
  for (const r of input.responses) {
    if (!r.request.endsWith('/live_status') || r.status !== 200) continue;
    const ts = (r.body as { response?: { timestamp?: unknown } } | null)?.response?.timestamp;
    const at = typeof ts === 'string' ? Date.parse(ts) : NaN;
    if (Number.isFinite(at)) return Math.max(0, Math.round((input.now - at) / 1000));
  }
  return null;
}

/** The checks without their evidence bodies: enough for the board's "latest diagnosis", small in the store. */
function compact(checks: Check[]): unknown[] {
  return checks
    .filter((c) => c.status !== 'pass' && c.status !== 'not_applicable')
    .map((c) => ({
      id: c.id,
      subject: { kind: c.subject.kind, id: c.subject.id },
      status: c.status,
      ...(c.text ? { text: c.text } : {}),
      ...(c.fix?.actor ? { actor: c.fix.actor } : {}),
      ...(c.fix?.text ? { fix: c.fix.text } : {}),
    }));
}

export async function diagnoseHome(
  ref: string,
  session: FleetSession,
  opts: {
    profile: ChecklistInput['profile'];
    client: Omit<FleetClientOptions, 'meter'>;
    now?: () => number;
  },
): Promise<HomeDiagnosis> {
  const meter = createUsageMeter();
  const client = createFleetClient(session, { ...opts.client, meter });
  const { input } = await gather(client, session, {
    profile: opts.profile,
    // Whose account a site-less home is does not change its root cause; the read would cost one more request.
    identifyAccount: false,
    ...(opts.now ? { now: opts.now } : {}),
  });
  const checks = buildChecks(input);
  const root = rootCause(checks);
  const usage = meter.snapshot();
  return {
    result: {
      ref,
      cause: root ? root.checkId : HEALTHY,
      actor: root ? root.actor : null,
      dataAgeSeconds: dataAgeSeconds(input),
      requests: usage.requests,
      checks: compact(checks),
    },
    wakes: usage.byClass.wake,
  };
}
