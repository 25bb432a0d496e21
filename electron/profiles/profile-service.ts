// Main process (plain Node). Connection profiles: the built-in Demo profile and any number of Tesla
// developer applications. Profiles go to settings.json (electron/infra/settings-store.ts, a read-modify-write under a lock across processes);
// a client secret goes to the keychain only.
import type { Profile, ProfileList, ProfileView, TeslaProfile } from '@shared/contract/areas/profiles';
import { KeychainUnavailableError, type Vault } from '../infra/keychain';
import { UserFacingError } from '../ipc/handler-types';
import { SettingsStore, type StoreContext } from '../infra/settings-store';
import { parseProfilesFile } from './profile-import';
import { defaultSettings, settingsMigrations, SettingsSchema } from './settings-schema';

export const DEMO_PROFILE_NAME = 'Demo (built-in simulator)';

export class ProfileService {
  readonly store: SettingsStore<typeof SettingsSchema>;

  constructor(
    dataDir: string,
    private readonly secrets: Vault,
    stores: StoreContext = {},
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

  async list(): Promise<ProfileList> {
    const views: ProfileView[] = [];
    for (const profile of this.all()) {
      const needsSecret = profile.kind === 'tesla' && profile.credential.type === 'secret';
      const hasClientSecret = needsSecret ? (await this.clientSecret(profile.id)) !== null : false;
      const missing = needsSecret && !hasClientSecret ? (['client_secret'] as const) : [];
      views.push({ profile, hasClientSecret, ready: missing.length === 0, missing: [...missing] });
    }
    return { profiles: views, activeProfileId: this.active().id, settingsRecovered: this.store.recovery };
  }

  save(profile: TeslaProfile): void {
    this.store.update((s) => ({ ...s, profiles: [...s.profiles.filter((p) => p.id !== profile.id), profile] }));
  }

  async remove(id: string): Promise<void> {
    if (id === 'demo') throw new UserFacingError('profile_demo_fixed');
    this.get(id);
    this.store.update((s) => ({
      ...s,
      activeProfileId: s.activeProfileId === id ? 'demo' : s.activeProfileId,
      profiles: s.profiles.filter((p) => p.id !== id),
    }));
    await this.clearClientSecret(id).catch(() => undefined);
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
