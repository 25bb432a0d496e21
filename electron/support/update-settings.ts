// Main process (plain Node). The auto-update setting (off by default, channel stable or beta), kept in
// `<dataDir>/update-settings.json`; the desktop shell's updater listens for changes.
import path from 'node:path';
import { UpdateSettingsSchema, type UpdateSettings } from '../../shared/contract/areas/support';
import { JsonFileStore } from '../infra/json-file-store';

export const UPDATE_SETTINGS_FILE = 'update-settings.json';
export const defaultUpdateSettings = (): UpdateSettings => ({ enabled: false, channel: 'stable' });

export class UpdateSettingsService {
  private readonly store: JsonFileStore<typeof UpdateSettingsSchema>;
  private readonly listeners = new Set<(settings: UpdateSettings) => void>();

  constructor(dataDir: string) {
    this.store = new JsonFileStore(path.join(dataDir, UPDATE_SETTINGS_FILE), UpdateSettingsSchema, defaultUpdateSettings);
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
