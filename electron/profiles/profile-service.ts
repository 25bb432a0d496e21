// Main process (plain Node). Connection profiles: the built-in Demo profile and any number of Tesla
// developer applications. Profiles go to settings.json (electron/infra/settings-store.ts, a read-modify-write under a lock across processes);
// a client secret and a platform's agent key go to the keychain only.
import type { PlatformTest, Profile, ProfileList, ProfileView, TeslaProfile } from '@shared/contract/areas/profiles';
import { agentKeyName } from '@main/platform/agent-key';
import type { PlatformClient } from '@main/platform/platform-client';
import { KeychainUnavailableError, type Vault } from '../infra/keychain';
import { UserFacingError } from '../ipc/handler-types';
import { SettingsStore, type StoreContext } from '../infra/settings-store';
import { parseProfilesFile } from './profile-import';
import { keychainPlatformClient, profilePlatform, profileWay, testProfilePlatform } from './profile-platform';
import { defaultSettings, settingsMigrations, SettingsSchema } from './settings-schema';

export const DEMO_PROFILE_NAME = 'Demo (built-in simulator)';

export class ProfileService {
  readonly store: SettingsStore<typeof SettingsSchema>;

  constructor(
    dataDir: string,
    private readonly secrets: Vault,
    stores: StoreContext = {},
    /** How the platform is called (tests pass a fake); the global fetch otherwise. */
    private readonly fetchImpl?: typeof fetch,
  ) {
    this.store = new SettingsStore({
      dataDir,
      name: 'settings',
      schema: SettingsSchema,
      defaults: defaultSettings,
      migrations: settingsMigrations,
      ...stores,
    });
  }

  private secretKey(profileId: string): string {
    return `client-secret:${profileId}`;
  }

  all(): Profile[] {
    const s = this.store.read();
    return [{ id: 'demo', kind: 'demo', name: DEMO_PROFILE_NAME, callback: s.demoCallback }, ...s.profiles];
  }

  get(id: string): Profile {
    const found = this.all().find((p) => p.id === id);
    if (!found) throw new UserFacingError('profile_unknown', { id });
    return found;
  }

  active(): Profile {
    const s = this.store.read();
    return this.all().find((p) => p.id === s.activeProfileId) ?? this.get('demo');
  }

  /** The client secret of a Tesla profile, from the keychain (null when none is stored). */
  async clientSecret(id: string): Promise<string | null> {
    try {
      return await this.secrets.get(this.secretKey(id));
    } catch (error) {
      if (error instanceof KeychainUnavailableError) return null;
      throw error;
    }
  }

  /**
   * The support agent's key for the profile's platform, from the keychain (null when none is stored or the
   * keychain cannot be used). Kept per platform host (`platform-agent-key:<host>`), the entry the headless
   * tool's `--platform` reads too. Never logged, shown or written to a file.
   */
  async agentKey(id: string): Promise<string | null> {
    const platform = profilePlatform(this.get(id));
    if (!platform) return null;
    try {
      return await this.secrets.get(agentKeyName(platform.url));
    } catch (error) {
      if (error instanceof KeychainUnavailableError) return null;
      throw error;
    }
  }

  /** The platform a Tesla profile goes through, with its key read from the keychain at each call; else null. */
  platformClient(id: string): { client: PlatformClient; name: string } | null {
    const platform = profilePlatform(this.get(id));
    if (!platform) return null;
    return {
      client: keychainPlatformClient(platform.url, () => this.agentKey(id), this.fetchImpl),
      name: platform.name,
    };
  }

  async list(): Promise<ProfileList> {
    const views: ProfileView[] = [];
    for (const profile of this.all()) {
      const way = profileWay(profile);
      // Through the platform no sign-in happens by default: the secret matters only for a confirmed replace.
      const needsSecret = profile.kind === 'tesla' && profile.credential.type === 'secret';
      const hasClientSecret = needsSecret ? (await this.clientSecret(profile.id)) !== null : false;
      const needsKey = profilePlatform(profile) !== null;
      const hasAgentKey = profile.kind === 'demo' || (needsKey && (await this.agentKey(profile.id)) !== null);
      const missing = [
        ...(needsSecret && !hasClientSecret && way !== 'platform' ? (['client_secret'] as const) : []),
        ...(needsKey && !hasAgentKey ? (['agent_key'] as const) : []),
      ];
      views.push({
        profile,
        hasClientSecret,
        ready: missing.length === 0,
        missing,
        ...(way ? { way } : {}),
        ...(needsKey || profile.kind === 'demo' ? { hasAgentKey } : {}),
      });
    }
    return { profiles: views, activeProfileId: this.active().id, settingsRecovered: this.store.recovery };
  }

  save(profile: TeslaProfile): void {
    this.store.update((s) => ({ ...s, profiles: [...s.profiles.filter((p) => p.id !== profile.id), profile] }));
  }

  async remove(id: string): Promise<void> {
    if (id === 'demo') throw new UserFacingError('profile_demo_fixed');
    const removed = this.get(id);
    this.store.update((s) => ({
      ...s,
      activeProfileId: s.activeProfileId === id ? 'demo' : s.activeProfileId,
      profiles: s.profiles.filter((p) => p.id !== id),
    }));
    await this.clearClientSecret(id).catch(() => undefined);
    await this.forgetAgentKeyUnlessShared(removed).catch(() => undefined);
  }

  select(id: string): void {
    this.get(id);
    this.store.update((s) => ({ ...s, activeProfileId: id }));
  }

  setDemoCallback(callback: 'loopback' | 'deep-link'): void {
    this.store.update((s) => ({ ...s, demoCallback: callback }));
  }

  async setClientSecret(id: string, secret: string): Promise<void> {
    const profile = this.get(id);
    if (profile.kind !== 'tesla' || profile.credential.type !== 'secret') {
      throw new UserFacingError('profile_no_secret');
    }
    try {
      await this.secrets.set(this.secretKey(id), secret);
    } catch (error) {
      if (error instanceof KeychainUnavailableError) {
        throw new UserFacingError('secret_not_saved', { reason: error.reason });
      }
      throw error;
    }
  }

  async clearClientSecret(id: string): Promise<void> {
    try {
      await this.secrets.delete(this.secretKey(id));
    } catch (error) {
      if (error instanceof KeychainUnavailableError)
        throw new UserFacingError('secret_not_removed', { reason: error.reason });
      throw error;
    }
  }

  /** Stores the support agent's key for the profile's platform in the keychain (it never comes back). */
  async setAgentKey(id: string, key: string): Promise<void> {
    const platform = profilePlatform(this.get(id));
    if (!platform) throw new UserFacingError('profile_no_platform');
    try {
      await this.secrets.set(agentKeyName(platform.url), key.trim());
    } catch (error) {
      if (error instanceof KeychainUnavailableError) {
        throw new UserFacingError('secret_not_saved', { reason: error.reason });
      }
      throw error;
    }
  }

  async clearAgentKey(id: string): Promise<void> {
    const platform = profilePlatform(this.get(id));
    if (!platform) throw new UserFacingError('profile_no_platform');
    try {
      await this.secrets.delete(agentKeyName(platform.url));
    } catch (error) {
      if (error instanceof KeychainUnavailableError)
        throw new UserFacingError('secret_not_removed', { reason: error.reason });
      throw error;
    }
  }

  /** "Test the platform": one call with the stored key; the outcome says what is wrong and who fixes it. */
  async testPlatform(id: string): Promise<PlatformTest> {
    const profile = this.get(id);
    if (profile.kind !== 'tesla') return { outcome: 'no_platform', host: '' };
    return testProfilePlatform(profile, await this.agentKey(id), this.fetchImpl);
  }

  /** A removed profile's agent key goes too, unless another profile uses the same platform host. */
  private async forgetAgentKeyUnlessShared(removed: Profile): Promise<void> {
    const platform = profilePlatform(removed);
    if (!platform) return;
    const name = agentKeyName(platform.url);
    const shared = this.all().some((p) => {
      const other = profilePlatform(p);
      return other !== null && agentKeyName(other.url) === name;
    });
    if (!shared) await this.secrets.delete(name);
  }

  /** Imports every profile in the file, or none when any is invalid. */
  import(text: string): TeslaProfile[] {
    const profiles = parseProfilesFile(text);
    this.store.update((s) => {
      const ids = new Set(profiles.map((p) => p.id));
      return { ...s, profiles: [...s.profiles.filter((p) => !ids.has(p.id)), ...profiles] };
    });
    return profiles;
  }
}
