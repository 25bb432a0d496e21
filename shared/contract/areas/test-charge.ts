// Runs anywhere. The `testCharge:` area: one-click test charge/discharge of a Powerwall that always puts
// the customer's settings back. The page plans (preflight + what would change), starts, stops and watches
// (samples and phase events); the main side holds the journal, the lock and the restore.
import { z } from 'zod';
import { CheckSchema } from '@shared/report/check-types';
import { PowerSampleSchema, SiteSettingsSchema, TestRunSchema } from '@shared/report/test-run-schema';
import { channel, NoArgs } from '../define';

const SettingKeySchema = z.enum([
  'default_real_mode',
  'backup_reserve_percent',
  'customer_preferred_export_rule',
  'disallow_charge_from_grid_with_solar_installed',
]);
const DirectionSchema = z.enum(['charge', 'discharge']);
const SettingValueSchema = z.union([z.string(), z.number(), z.boolean()]).optional();
const OtherTestSignSchema = z.object({
  code: z.enum(['test_mode_reserve', 'test_exports', 'test_grid_charging', 'test_battery_power']),
  direction: DirectionSchema,
  value: z.union([z.string(), z.number(), z.boolean()]),
});
/** local: this data folder only; platform (the platform's site lease) and team_store: every installation sees it. */
const LockKindSchema = z.enum(['local', 'platform', 'team_store']);
const ChangedByOtherSchema = z.object({
  key: SettingKeySchema,
  now: SettingValueSchema,
  original: SettingValueSchema,
  wrote: SettingValueSchema,
});
const SiteIdSchema = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/);
const AccountIdSchema = z.string().min(1).max(200);

export const StrategyViewSchema = z.object({
  direction: DirectionSchema,
  gridInteraction: z.boolean(),
  touches: z.array(
    z.object({ key: SettingKeySchema, from: SettingValueSchema, to: SettingValueSchema, why: z.string() }),
  ),
  leftAlone: z.array(z.object({ key: SettingKeySchema, value: SettingValueSchema, why: z.string() })),
  target: SiteSettingsSchema,
});
export type StrategyView = z.infer<typeof StrategyViewSchema>;

const BlockerViewSchema = z.object({
  code: z.string(),
  observed: z.union([z.string(), z.number(), z.boolean()]).optional(),
  /** The checklist's check behind it (code 'checklist': the check that says the test will fail). */
  checkId: z.string().optional(),
  text: z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }).optional(),
});

export const PreflightViewSchema = z.object({
  ok: z.boolean(),
  blockers: z.array(BlockerViewSchema),
  warnings: z.array(z.string()),
  /** Checklist blockers the installer chose to run past. */
  overridden: z.array(BlockerViewSchema).optional(),
});
export type PreflightView = z.infer<typeof PreflightViewSchema>;

export const TestSiteSchema = z.object({ siteId: SiteIdSchema, name: z.string(), hasBattery: z.boolean() });

export const TestRequestSchema = z
  .object({
    accountId: AccountIdSchema,
    siteId: SiteIdSchema,
    direction: DirectionSchema,
    minutes: z.number().min(1).max(15).default(5),
    gridInteraction: z.boolean().default(true),
    /** Run although the checklist says the test will fail (after the installer's confirmation). */
    force: z.boolean().default(false),
    /** Run although the site shows another test in progress (the installer confirmed they know better). */
    confirmOtherTest: z.boolean().default(false),
  })
  .strict();

export const PlanSchema = z.object({
  preflight: PreflightViewSchema,
  strategy: StrategyViewSchema,
  settings: SiteSettingsSchema,
  socPercent: z.number().nullable(),
  thresholdW: z.number(),
  /** The checklist's verdict on these readings: what stops this test, and what else keeps the battery at "No". */
  checklist: z.object({ blocking: z.array(CheckSchema), notes: z.array(CheckSchema) }).optional(),
  /** The battery is still settling after an earlier test of this site; a new test waits for it. */
  settling: z.object({ sinceSeconds: z.number(), batteryW: z.number().nullable() }).optional(),
  /** The site shows another test in progress (its values, the battery at a test's level): a start needs confirming. */
  otherTest: z.array(OtherTestSignSchema).optional(),
  /** The locks a test here would take: `['local']` alone means another installation would not see it. */
  locks: z.array(LockKindSchema).optional(),
});
export type TestPlan = z.infer<typeof PlanSchema>;

export const TestRunResultSchema = TestRunSchema.extend({
  preflight: PreflightViewSchema.optional(),
  strategy: StrategyViewSchema.optional(),
  thresholdW: z.number().optional(),
  /** The restore could not complete: the values to set by hand are settingsBefore (for the touched keys). */
  restoreError: z.string().optional(),
  writeError: z.string().optional(),
  baselineBatteryW: z.number().nullable().optional(),
  recoveredEarlier: z.boolean().optional(),
  /** Settings someone else set after this test's write: left as they are, so `restored` is false. */
  changedByOthers: z.array(ChangedByOtherSchema).optional(),
  /** What looked like another test in progress: refused (verdict blocked), or run past it after confirmation. */
  otherTest: z.array(OtherTestSignSchema).optional(),
  /** The locks in force for this test; `unavailable`: configured but not reached, so not in force. */
  locks: z.array(z.object({ kind: LockKindSchema, state: z.enum(['held', 'unavailable']) })).optional(),
  /** Who holds the site elsewhere (reason site_held_elsewhere), as they labelled themselves. */
  heldBy: z
    .object({ kind: LockKindSchema, holder: z.string().nullable(), expiresAt: z.string().nullable() })
    .optional(),
});
export type TestRunResult = z.infer<typeof TestRunResultSchema>;

export const RunPhaseSchema = z.enum(['preparing', 'writing', 'watching', 'restoring', 'finished', 'failed']);

export const RunViewSchema = z.object({
  runId: z.string(),
  accountId: z.string(),
  siteId: z.string(),
  direction: DirectionSchema,
  minutes: z.number(),
  gridInteraction: z.boolean(),
  phase: RunPhaseSchema,
  /** Seconds left on the run's clock when the phase or the last sample was reported. */
  remainingSeconds: z.number().nullable(),
  /** How fast the run's clock goes (the simulator's speed in demo mode; 1 against Tesla). */
  clockSpeed: z.number(),
  strategy: StrategyViewSchema.optional(),
  samples: z.array(PowerSampleSchema),
  result: TestRunResultSchema.optional(),
  /** A failure that stopped the run before a result (safe to show). */
  error: z.string().optional(),
  /**
   * After the restore: whether the battery is back to its usual behaviour (live power settled), still
   * settling, did not settle within the watch, or could not be read.
   */
  settle: z
    .object({
      state: z.enum(['settling', 'settled', 'not_settled', 'unknown']),
      batteryW: z.number().nullable(),
      seconds: z.number(),
    })
    .optional(),
  /** This run waits for the battery to settle after the previous test of the site before writing. */
  waitingToSettle: z.boolean().optional(),
});
export type RunView = z.infer<typeof RunViewSchema>;

export const RecoveryNoticeSchema = z.object({
  status: z.enum(['restored', 'in_progress', 'failed', 'unreadable']),
  siteId: z.string().optional(),
  accountId: z.string().optional(),
  error: z.string().optional(),
  /** For a failed restore: the customer's original values, to be set by hand. */
  original: SiteSettingsSchema.optional(),
  /** Settings someone else set after the test's write: left as they are. */
  changedByOthers: z.array(ChangedByOtherSchema).optional(),
  at: z.string(),
});
export type RecoveryNotice = z.infer<typeof RecoveryNoticeSchema>;

export const TestChargeStatusSchema = z.object({
  current: RunViewSchema.nullable(),
  recovery: z.array(RecoveryNoticeSchema),
});

export const testChargeChannels = {
  /**
   * The account's energy sites that have a battery (one products read). `blocked`: Tesla refused the account
   * itself (a layer up to the account failed: 412, billing, revoked, rate limit): the checklist's root cause
   * check, so the screen names it and who acts instead of an empty site list.
   */
  'testCharge:sites': channel(
    z.object({ accountId: AccountIdSchema }).strict(),
    z.object({ sites: z.array(TestSiteSchema), blocked: CheckSchema.optional() }),
  ),
  /** Preflight and what the test would change, without writing anything (site_info + live_status). */
  'testCharge:plan': channel(TestRequestSchema, PlanSchema),
  'testCharge:start': channel(TestRequestSchema, z.object({ runId: z.string() })),
  /** Ends the watch early; the settings are restored before the run finishes. */
  'testCharge:stop': channel(
    z.object({ runId: z.string().min(1).max(100) }).strict(),
    z.object({ stopping: z.boolean() }),
  ),
  'testCharge:status': channel(NoArgs, TestChargeStatusSchema),
  /** Finishes any restore left pending (journals in the data folder). */
  'testCharge:recover': channel(NoArgs, z.object({ notices: z.array(RecoveryNoticeSchema) })),
  /**
   * The installer has set a failed restore's values by hand: forget its journal. Only for a journal whose
   * restore failed; a running test's site is refused.
   */
  'testCharge:discard': channel(z.object({ siteId: SiteIdSchema }).strict(), z.object({ discarded: z.boolean() })),
} as const;

export const testChargeEvents = {
  'testCharge:sample': z.object({
    runId: z.string(),
    sample: PowerSampleSchema,
    remainingSeconds: z.number().nullable(),
  }),
  'testCharge:state': RunViewSchema,
  'testCharge:recovery': z.object({ notices: z.array(RecoveryNoticeSchema) }),
} as const;
