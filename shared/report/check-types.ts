// Runs anywhere. The diagnostic checklist's vocabulary: what one check says about one subject, with the
// evidence it read and the fix. The rules, the screen, the report and the headless tool all use these.
import { z } from 'zod';
import { TextRefSchema } from '@shared/text/text-ref';

export const CHECK_IDS = [
  'account.reach',
  'account.connection',
  'account.region',
  'account.partner_registration',
  'account.app_status',
  'account.rate_limit',
  'scope.refresh',
  'scope.energy_read',
  'scope.energy_commands',
  'scope.vehicle_read',
  'scope.vehicle_commands',
  'scope.vehicle_location',
  'energy.site_discovery',
  'energy.reachable',
  'energy.battery_present',
  'energy.permission_to_export',
  'energy.energy_exports',
  'energy.grid_charging',
  'energy.command_readiness',
  'energy.tariff_and_mode',
  'energy.grid_services',
  'vehicle.virtual_key',
  'vehicle.pairing_account',
  'vehicle.command_protocol',
  'vehicle.streaming_toggle',
  'vehicle.reachable',
] as const;
export const CheckIdSchema = z.enum(CHECK_IDS);
export type CheckId = z.infer<typeof CheckIdSchema>;

/**
 * `not_checked`: an earlier layer failed (shared/checklist/layers.ts), so this check could not be judged; it is
 * not a problem, never counted as a thing to fix and never blocks a verdict (the earlier check does).
 */
export const CheckStatusSchema = z.enum(['pass', 'warn', 'fail', 'unknown', 'not_applicable', 'not_checked']);
export type CheckStatus = z.infer<typeof CheckStatusSchema>;

export const SubjectSchema = z.object({
  kind: z.enum(['account', 'energy_site', 'vehicle']),
  /** Account: the token's sub; energy site: energy_site_id; vehicle: VIN (masked in reports). */
  id: z.string(),
  label: z.string().optional(),
});
export type Subject = z.infer<typeof SubjectSchema>;

/**
 * Checks, fixes and notes carry a message key (under `checks.` in shared/text/en.ts) and its values; the
 * screen, the report and the terminal render it in their language (shared/text/check-text.ts).
 */
export { TextRefSchema };

export const EvidenceSchema = z.object({
  /** The request the value came from, e.g. 'GET /api/1/energy_sites/{id}/site_info', or 'access token'. */
  source: z.string(),
  /** The field read, e.g. 'components.customer_preferred_export_rule'. */
  field: z.string(),
  /** The value as read; `undefined` becomes the string 'absent' so the report says so explicitly. */
  value: z.unknown(),
  /** What the value means, as a message key (`checks.note.*`). */
  text: TextRefSchema.optional(),
  /** Reports written before notes had keys: the note in English. */
  note: z.string().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FixLinkSchema = z.object({
  /** Reports written before links were labelled by kind (`checks.link.<kind>`): the label in English. */
  label: z.string().optional(),
  url: z.string(),
  /** reconnect: start a new sign-in asking for missing scopes; pairing: show as a large QR code. */
  kind: z.enum(['reconnect', 'consent', 'pairing', 'docs']),
});
export type FixLink = z.infer<typeof FixLinkSchema>;

export const FixSchema = z.object({
  /** `<key>.summary` and `<key>.step1`, `step2`, … in the catalogue, filled with these values. */
  text: TextRefSchema.optional(),
  /** Reports written before fixes had keys: the summary and steps in English. */
  summary: z.string().optional(),
  steps: z.array(z.string()).optional(),
  links: z.array(FixLinkSchema),
  /** Who has to act: platform = the energy platform's Tesla developer account; wait = nobody, it passes. */
  actor: z.enum(['customer', 'installer', 'tesla', 'app', 'platform', 'wait']).optional(),
});
export type Fix = z.infer<typeof FixSchema>;

export const CheckSchema = z.object({
  id: CheckIdSchema,
  subject: SubjectSchema,
  status: CheckStatusSchema,
  /** `<key>.title` and `<key>.detail` in the catalogue, filled with these values. The rules always set it. */
  text: TextRefSchema.optional(),
  /** Reports written before checks had keys: the title and detail in English. */
  title: z.string().optional(),
  detail: z.string().optional(),
  evidence: z.array(EvidenceSchema),
  fix: FixSchema.optional(),
  /** Passes now, but failed or warned at an earlier run during this visit (the handover lists it as fixed). */
  fixedDuringVisit: z.boolean().optional(),
  /**
   * An expected, time-bound state nobody should "fix" today (no Permission to Export before the utility's
   * permission to operate, a rate limit until its reset): the verdicts list it as waiting, not blocking.
   */
  waiting: z.boolean().optional(),
  /** `not_checked` only: the earlier check whose failure kept this one from being judged. */
  blockedBy: CheckIdSchema.optional(),
  /** `not_checked` only: the earlier check's words (its key and values), so its title names the cause. */
  blockedByText: TextRefSchema.optional(),
});
export type Check = z.infer<typeof CheckSchema>;

export const VerdictSchema = z.object({
  ready: z.boolean(),
  /** Ids and subjects of the checks that block it, as `checkId@subjectId`. */
  blocking: z.array(z.string()),
  /** Checks in an expected, time-bound state it waits for (no permission to operate yet, a rate limit). */
  waiting: z.array(z.string()).default([]),
});
export type Verdict = z.infer<typeof VerdictSchema>;
export const VERDICT_NAMES = ['charge', 'discharge', 'vehicle'] as const;
export type VerdictName = (typeof VERDICT_NAMES)[number];
/**
 * charge: the battery from the grid; discharge: the battery to the grid; vehicle: commands to the cars.
 * Reports written before charge and discharge were told apart carry one `battery` verdict: read as both.
 */
export const VerdictsSchema = z.preprocess(
  (v) => {
    if (typeof v !== 'object' || v === null || !('battery' in v) || 'charge' in v) return v;
    const { battery, ...rest } = v as Record<string, unknown>;
    return { ...rest, charge: battery, discharge: battery };
  },
  z.object({ charge: VerdictSchema, discharge: VerdictSchema, vehicle: VerdictSchema }),
);
export type Verdicts = z.infer<typeof VerdictsSchema>;
