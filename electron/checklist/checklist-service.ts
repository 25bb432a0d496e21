// Main process (plain Node). Runs the checklist for an account and re-checks single items. Keeps each
// account's last checklist run in memory (raw answers included) so "check again" re-reads only what one item
// needs and the report stays whole, and the ids it saw so the next run takes one round trip.
import { buildChecks } from '@shared/checklist/build-checks';
import type { Check, CheckId } from '@shared/report/check-types';
import { REQ, type ChecklistInput } from '@shared/checklist/checklist-input';
import type { ApiUsage, RawResponse, Report } from '@shared/report/report-schema';
import { createFleetClient, type FleetClientOptions } from '../fleet/fleet-client';
import type { FleetSession } from '../fleet/fleet-session';
import { createUsageMeter, type UsageMeter } from '../fleet/usage-meter';
import { buildReport, type ReportMeta } from './build-report';
import { gather, record, sessionFacts, type GatherProgress } from './gather';
import { memoryKnownDevices, type KnownDevicesStore } from './known-devices';
import { recheckPlan } from './recheck-plan';
import { UserFacingError } from '../ipc/handler-types';

/** The placeholder partner domain in demo mode: Tesla's real domains are never guessed. */
export const DEMO_PARTNER_DOMAIN = 'partner.example';

export interface ChecklistServiceDeps {
  sessionFor(accountId: string): Promise<FleetSession>;
  /** The connection profile's facts for the pairing link and consent page. */
  profileFor(accountId: string): Promise<ChecklistInput['profile']> | ChecklistInput['profile'];
  labelFor?(accountId: string): string | undefined;
  meta: ReportMeta;
  /** The profile kind a customer's report names, when it is theirs rather than `meta.profile`. */
  reportProfileFor?(accountId: string): ReportMeta['profile'];
  onProgress?(accountId: string, p: GatherProgress): void;
  /** Each checklist this service makes by reading Tesla (a run or a re-check): the visit's progress notes it. */
  onReport?(accountId: string, report: Report): void;
  /** Extra client options (a test's fetch, a simulated clock's sleep). */
  client?: Omit<FleetClientOptions, 'meter'>;
  now?: () => number;
  /** The sites and cars seen at each customer's last diagnosis (default: in memory for this run). */
  knownDevices?: KnownDevicesStore;
}

export interface RecheckResult {
  check: Check;
  report: Report;
  /** Fleet API requests this re-check made. */
  requests: number;
}

interface Held {
  input: ChecklistInput;
  usage: ApiUsage;
}

const addUsage = (a: ApiUsage, b: ApiUsage): ApiUsage => ({
  requests: a.requests + b.requests,
  byClass: {
    data: a.byClass.data + b.byClass.data,
    command: a.byClass.command + b.byClass.command,
    wake: a.byClass.wake + b.byClass.wake,
    auth: a.byClass.auth + b.byClass.auth,
  },
  estimatedCostUsd: Math.round((a.estimatedCostUsd + b.estimatedCostUsd) * 1e6) / 1e6,
});

export class ChecklistService {
  private readonly held = new Map<string, Held>();
  /** Per customer: the checks (`id@subject`) that failed or warned at some run of this visit. */
  private readonly problemsSeen = new Map<string, Set<string>>();
  private readonly now: () => number;
  private readonly known: KnownDevicesStore;
  /** The run under way per customer that a new run may join (dropped when they sign in again). */
  private readonly inFlight = new Map<string, Promise<Report>>();

  constructor(private readonly deps: ChecklistServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.known = deps.knownDevices ?? memoryKnownDevices();
  }

  private meta(accountId: string): ReportMeta {
    const profile = this.deps.reportProfileFor?.(accountId);
    return profile ? { ...this.deps.meta, profile } : this.deps.meta;
  }

  /** `detours` collects 421 answers the client followed (the region check reports them). */
  private client(session: FleetSession, meter: UsageMeter, detours?: RawResponse[]) {
    const onRaw = this.deps.client?.onRaw;
    return createFleetClient(session, {
      ...this.deps.client,
      meter,
      now: this.now,
      onRaw: (raw) => {
        if (raw.status === 421) detours?.push(raw);
        onRaw?.(raw);
      },
    });
  }

  /**
   * The checklist for an account, read from Tesla now. A run asked for while one for the same customer is
   * under way joins it (the app starts one as it opens, the installer may press "Run" meanwhile): one
   * diagnosis, never two sets of the same requests against limits shared with the platform.
   */
  run(accountId: string): Promise<Report> {
    const going = this.inFlight.get(accountId);
    if (going) return going;
    const report = this.runNow(accountId);
    this.inFlight.set(accountId, report);
    // Only this run's own entry: one started after a new sign-in may have taken its place.
    const done = () => {
      if (this.inFlight.get(accountId) === report) this.inFlight.delete(accountId);
    };
    void report.then(done, done);
    return report;
  }

  /**
   * The app is opening on this customer (a page of it connected): their checklist is read now unless one is
   * held or under way, so the page's own "last, else run" finds it done or joins it. A failure is the page's
   * to show, from the run it asks for itself.
   */
  openFor(accountId: string): void {
    if (this.held.has(accountId) || this.inFlight.has(accountId)) return;
    this.run(accountId).catch(() => undefined);
  }

  /**
   * The customer signed in again (a reconnect, new boxes ticked): a run under way read with the old grant,
   * so the next run asked for starts afresh instead of joining it.
   */
  signedInAgain(accountId: string): void {
    this.inFlight.delete(accountId);
  }

  private async runNow(accountId: string): Promise<Report> {
    const session = await this.deps.sessionFor(accountId);
    const meter = createUsageMeter();
    const label = this.deps.labelFor?.(accountId);
    const detours: RawResponse[] = [];
    const known = this.known.get(accountId);
    const { input: gathered, seen } = await gather(this.client(session, meter, detours), session, {
      profile: await this.deps.profileFor(accountId),
      ...(label ? { accountLabel: label } : {}),
      ...(known ? { known } : {}),
      now: this.now,
      onProgress: (p) => this.deps.onProgress?.(accountId, p),
    });
    if (seen) this.known.set(accountId, seen);
    // Followed 421s go first, so every request's final answer is still its last record.
    const input: ChecklistInput = { ...gathered, responses: [...detours, ...gathered.responses] };
    const usage = meter.snapshot();
    this.held.set(accountId, { input, usage });
    const report = this.withFixes(accountId, buildReport(input, usage, this.meta(accountId)));
    this.deps.onReport?.(accountId, report);
    return report;
  }

  /** Drops what this run holds for a customer (their raw answers, their problems seen); true when there was something. */
  forget(accountId: string): boolean {
    this.signedInAgain(accountId);
    this.problemsSeen.delete(accountId);
    return this.held.delete(accountId);
  }

  /**
   * Remembers the checks that were problems at any run of this visit, and marks those that pass now as
   * fixed during the visit (the handover's "found and fixed").
   */
  private withFixes(accountId: string, report: Report): Report {
    const seen = this.problemsSeen.get(accountId) ?? new Set<string>();
    this.problemsSeen.set(accountId, seen);
    const key = (c: Check) => `${c.id}@${c.subject.id}`;
    for (const c of report.checks) if (c.status === 'fail' || c.status === 'warn') seen.add(key(c));
    if (!report.checks.some((c) => c.status === 'pass' && seen.has(key(c)))) return report;
    return {
      ...report,
      checks: report.checks.map((c) =>
        c.status === 'pass' && seen.has(key(c)) ? { ...c, fixedDuringVisit: true } : c,
      ),
    };
  }

  /**
   * The last report, counting the run under way: asked while one is being made, the answer waits for it
   * (a failed one leaves the last held). A page's "last, else run" is then one decision: asked as a run
   * ends, "last" could say none while the run asked next no longer had one to join, and read Tesla twice.
   */
  async latest(accountId: string): Promise<Report | null> {
    await this.inFlight.get(accountId)?.catch(() => undefined);
    return this.last(accountId);
  }

  /** The last report for an account in this run, or null. */
  last(accountId: string): Report | null {
    const h = this.held.get(accountId);
    return h ? this.withFixes(accountId, buildReport(h.input, h.usage, this.meta(accountId))) : null;
  }

  async recheck(accountId: string, checkId: CheckId, subjectId: string): Promise<RecheckResult> {
    const held = this.held.get(accountId);
    if (!held) throw new RecheckError('recheck_not_run');
    if (!buildChecks(held.input).some((c) => c.id === checkId && c.subject.id === subjectId)) {
      throw new RecheckError('recheck_not_listed');
    }
    const session = await this.deps.sessionFor(accountId);
    // The grant changed since the run (the customer reconnected): every check may depend on it (reads that
    // were skipped for a missing scope, the readiness that needs Energy Product Commands), so all run again.
    const was = held.input.account.grantedScopes;
    if (session.grantedScopes.length !== was.length || session.grantedScopes.some((s) => !was.includes(s))) {
      const report = await this.run(accountId);
      const check = report.checks.find((c) => c.id === checkId && c.subject.id === subjectId);
      if (!check) throw new RecheckError('recheck_gone');
      return { check, report, requests: report.apiUsage.requests - held.usage.requests };
    }
    const meter = createUsageMeter();
    const client = this.client(session, meter);
    const fresh = await Promise.all(
      recheckPlan(checkId, subjectId).map((p) => record(p.request, () => p.call(client), this.now)),
    );
    const input: ChecklistInput = {
      ...held.input,
      now: this.now(),
      account: sessionFacts(session, held.input.account.label),
      responses: merge(held.input.responses, fresh),
    };
    const usage = addUsage(held.usage, meter.snapshot());
    this.held.set(accountId, { input, usage });
    const report = this.withFixes(accountId, buildReport(input, usage, this.meta(accountId)));
    this.deps.onReport?.(accountId, report);
    const check = report.checks.find((c) => c.id === checkId && c.subject.id === subjectId);
    if (!check) throw new RecheckError('recheck_gone');
    return { check, report, requests: meter.snapshot().requests };
  }
}

/** Newer answers replace older ones to the same request; fleet_status answers for one VIN are added. */
function merge(old: RawResponse[], fresh: RawResponse[]): RawResponse[] {
  const replaced = new Set(fresh.filter((r) => r.request !== REQ.fleetStatus).map((r) => r.request));
  return [...old.filter((r) => !replaced.has(r.request)), ...fresh];
}

/** A re-check that cannot run; the message says what to do. */
/** "Check again" cannot run for this item: says why and what to do (shown to the person as it is). */
export class RecheckError extends UserFacingError {
  override name = 'RecheckError';
}
