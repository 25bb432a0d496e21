// Runs anywhere. The `checklist:` area: run the diagnostic checklist for a connected customer, re-check
// one item, and fetch the last result of this run; progress arrives as `checklist:progress` events.
import { z } from 'zod';
import { CheckIdSchema, CheckSchema } from '@shared/report/check-types';
import { ReportSchema } from '@shared/report/report-schema';
import { channel } from '../define';

const AccountIdSchema = z.string().min(1).max(200);

export const ChecklistProgressSchema = z.object({
  accountId: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** The request that just finished, e.g. 'GET /api/1/products'. */
  label: z.string(),
});
export type ChecklistProgress = z.infer<typeof ChecklistProgressSchema>;

export const checklistEvents = {
  'checklist:progress': ChecklistProgressSchema,
} as const;

/**
 * "Check again" in one round trip: the re-read item and the whole checklist re-judged on it (readiness and
 * the verdicts depend on several items), so the page needs no second call.
 */
export const RecheckResultSchema = z.object({ check: CheckSchema, report: ReportSchema });
export type RecheckResult = z.infer<typeof RecheckResultSchema>;

export const checklistChannels = {
  'checklist:run': channel(z.object({ accountId: AccountIdSchema }).strict(), ReportSchema),
  'checklist:recheck': channel(
    z.object({ accountId: AccountIdSchema, checkId: CheckIdSchema, subjectId: z.string().min(1).max(200) }).strict(),
    RecheckResultSchema,
  ),
  /** The last checklist of this run for the account (re-checks included), or null. */
  'checklist:last': channel(z.object({ accountId: AccountIdSchema }).strict(), ReportSchema.nullable()),
} as const;
