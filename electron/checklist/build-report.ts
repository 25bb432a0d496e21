// Main process (plain Node). The report document (report@1) from one checklist run: checks, verdicts, what the
// API calls cost, and the raw answers (unredacted here, in memory; the reports feature redacts on export).
import { buildChecks, verdicts } from '@shared/checklist/build-checks';
import type { Check } from '@shared/report/check-types';
import type { ChecklistInput } from '@shared/checklist/checklist-input';
import { REPORT_SCHEMA_ID, type ApiUsage, type Report } from '@shared/report/report-schema';

export interface ReportMeta {
  appVersion: string;
  profile?: 'demo' | 'tesla';
  customerLabel?: string | null;
}

export function buildReport(
  input: ChecklistInput,
  usage: ApiUsage,
  meta: ReportMeta,
  checks: Check[] = buildChecks(input),
): Report {
  return {
    schema: REPORT_SCHEMA_ID,
    generatedAt: new Date(input.now).toISOString(),
    app: { version: meta.appVersion, ...(meta.profile ? { profile: meta.profile } : {}) },
    customerLabel: meta.customerLabel ?? input.account.label ?? null,
    account: {
      region: input.account.region,
      grantedScopes: [...input.account.grantedScopes],
      ...(input.account.way ? { way: input.account.way } : {}),
    },
    checks,
    verdicts: verdicts(checks),
    testRuns: [],
    apiUsage: usage,
    raw: input.responses,
  };
}
