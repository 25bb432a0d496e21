// Main process (plain Node). The layout of settings.json: connection profiles and which one is active.
// It never holds a secret (client secrets live in the OS keychain).
import { z } from 'zod';
import { TeslaProfileSchema } from '@shared/contract/areas/profiles';
import type { Migrations } from '../infra/settings-store';

export const SettingsSchema = z
  .object({
    version: z.literal(1),
    activeProfileId: z.string(),
    demoCallback: z.enum(['loopback', 'deep-link']),
    profiles: z.array(TeslaProfileSchema),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings = (): Settings => ({
  version: 1,
  activeProfileId: 'demo',
  demoCallback: 'loopback',
  profiles: [],
});

/** Upgrades of an older settings.json, keyed by the version they upgrade from (none yet: version 1 is the first). */
export const settingsMigrations: Migrations = {};
