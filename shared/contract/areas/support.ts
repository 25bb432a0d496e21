// Runs anywhere. The `support:` area: the support bundle (logs, settings, latest report in one zip) and
// the auto-update setting.
import { z } from 'zod';
import { channel, NoArgs } from '../define';

export const SupportBundleSchema = z.object({
  /** Where the zip was saved (the data folder, or where the person chose in the desktop app's dialog). */
  path: z.string(),
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
  /** The entries of the zip, e.g. `logs/main.log`, `settings.json`, `latest-report.json`, `manifest.json`. */
  entries: z.array(z.string()),
  /** Browser mode: the zip's bytes (base64) for the page to download, as a report export does. */
  download: z
    .object({ mimeType: z.literal('application/zip'), encoding: z.literal('base64'), data: z.string() })
    .optional(),
});
export type SupportBundle = z.infer<typeof SupportBundleSchema>;

export const UpdateChannelSchema = z.enum(['stable', 'beta']);
export type UpdateChannel = z.infer<typeof UpdateChannelSchema>;

export const UpdateSettingsSchema = z
  .object({
    /** Off by default: an installer's laptop on a customer's Wi-Fi should not download anything unasked. */
    enabled: z.boolean(),
    channel: UpdateChannelSchema,
  })
  .strict();
export type UpdateSettings = z.infer<typeof UpdateSettingsSchema>;

export const supportChannels = {
  'support:bundle': channel(NoArgs, SupportBundleSchema),
  'support:updateSettings': channel(NoArgs, UpdateSettingsSchema),
  'support:setUpdateSettings': channel(UpdateSettingsSchema, UpdateSettingsSchema),
} as const;
