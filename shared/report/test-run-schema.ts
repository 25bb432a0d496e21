// Runs anywhere. One Powerwall test charge/discharge as recorded in a report.
import { z } from 'zod';

/** The customer's settings a test may touch, as read from site_info. Absent fields stay absent. */
export const SiteSettingsSchema = z.object({
  backup_reserve_percent: z.number().optional(),
  default_real_mode: z.string().optional(),
  customer_preferred_export_rule: z.string().optional(),
  disallow_charge_from_grid_with_solar_installed: z.boolean().optional(),
});
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

export const PowerSampleSchema = z.object({
  /** Seconds since the first write, on the simulated or real clock. */
  t: z.number(),
  batteryW: z.number().nullable(),
  gridW: z.number().nullable(),
  solarW: z.number().nullable(),
  loadW: z.number().nullable(),
  socPercent: z.number().nullable(),
  /** live_status `timestamp`, when given. */
  timestamp: z.string().optional(),
});
export type PowerSample = z.infer<typeof PowerSampleSchema>;

export const TestRunSchema = z.object({
  id: z.string(),
  siteId: z.string(),
  direction: z.enum(['charge', 'discharge']),
  minutes: z.number(),
  gridInteraction: z.boolean(),
  startedAt: z.string(),
  endedAt: z.string().optional(),
  /** setting_not_applied: Tesla accepted the writes but the site did not follow (read-back differs, battery still). */
  verdict: z.enum(['pass', 'fail', 'aborted', 'blocked', 'setting_not_applied']),
  reason: z.string(),
  settingsBefore: SiteSettingsSchema,
  settingsAfter: SiteSettingsSchema.optional(),
  restored: z.boolean(),
  samples: z.array(PowerSampleSchema),
});
export type TestRun = z.infer<typeof TestRunSchema>;
