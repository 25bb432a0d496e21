// Main process (plain Node). The auto-update setting (off by default, channel stable or beta), kept in
// `<dataDir>/update-settings.json`; the desktop shell's updater listens for changes.
import { UpdateSettingsSchema, type UpdateSettings } from '@shared/contract/areas/support';
import { SettingsStore, type StoreContext } from '../infra/settings-store';

export const UPDATE_SETTINGS_FILE = 'update-settings.json';
export const defaultUpdateSettings = (): UpdateSettings => ({ enabled: false, channel: 'stable' });

export class UpdateSettingsService {
  private readonly store: SettingsStore<typeof UpdateSettingsSchema>;
  private readonly listeners = new Set<(settings: UpdateSettings) => void>();

  constructor(dataDir: string, stores: StoreContext = {}) {
    this.store = new SettingsStore({
      dataDir,
      name: UPDATE_SETTINGS_FILE.replace(/\.json$/, ''),
      schema: UpdateSettingsSchema,
      defaults: defaultUpdateSettings,
      ...stores,
    });
  }

  get(): UpdateSettings {
    return { ...this.store.read() };
  }

  set(next: UpdateSettings): UpdateSettings {
    const saved = { ...this.store.update(() => UpdateSettingsSchema.parse(next)) };
    for (const listener of this.listeners) listener(saved);
    return saved;
  }

  /** Called with the new settings after every change; returns the unsubscribe function. */
  onChange(listener: (settings: UpdateSettings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
