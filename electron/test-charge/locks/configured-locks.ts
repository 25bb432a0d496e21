// Main process (plain Node). The shared site locks an installation is configured with: the energy platform's
// site lease (its API base and the agent's key) and the team store (a PostgreSQL server's URL). The embedded
// team store (PGlite) is never one: it lives in this data folder, so no other installation would see it.
import { createPlatformClient } from '@main/platform/platform-client';
import { migrate } from '@main/sweep-store/migrations';
import { isPostgresUrl, openPostgres, type SqlClient } from '@main/sweep-store/sql-client';
import { platformLeaseLocks, type LeaseClient } from './platform-lease-lock';
import { installationLabel, type SiteLockSource } from './site-lock-port';
import { teamStoreLocks } from './team-store-lock';

export interface SharedLockConfig {
  dataDir: string;
  platform?: { baseUrl: string; agentKey: string } | null;
  /** The platform's client itself (the headless test through --platform: the one it borrowed with). */
  platformClient?: LeaseClient | null;
  /** postgres://… of the team store; anything else is ignored (see above). */
  teamStoreUrl?: string | null;
}

export interface ConfiguredLocks {
  sources: SiteLockSource[];
  close(): Promise<void>;
}

export async function configuredSiteLocks(config: SharedLockConfig): Promise<ConfiguredLocks> {
  const label = (purpose: string) => installationLabel(config.dataDir, purpose);
  const sources: SiteLockSource[] = [];
  let db: SqlClient | null = null;
  const platform = config.platformClient ?? (config.platform ? createPlatformClient(config.platform) : null);
  if (platform) sources.push(platformLeaseLocks(platform, label));
  if (config.teamStoreUrl && isPostgresUrl(config.teamStoreUrl)) {
    db = openPostgres(config.teamStoreUrl, 2);
    try {
      await migrate(db);
      sources.push(teamStoreLocks(db, label));
    } catch (error) {
      await db.close().catch(() => undefined);
      db = null;
      throw error;
    }
  }
  return { sources, close: async () => db?.close() };
}
