// Renderer: the app-level state (name, version, backend status), fetched through the contract.
import { create } from 'zustand';
import type { AppInfo, BackendStatus } from '@shared/contract';
import { getClient } from '../transport';

interface AppState {
  info: AppInfo | null;
  error: string | null;
  load(): Promise<void>;
  setStatus(status: BackendStatus): void;
}

export const useAppStore = create<AppState>((set, get) => ({
  info: null,
  error: null,
  async load() {
    try {
      const client = getClient();
      client.on('app:statusChanged', (status) => get().setStatus(status));
      set({ info: await client.app.info({}), error: null });
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
    }
  },
  setStatus(status) {
    const info = get().info;
    if (info) set({ info: { ...info, backend: status } });
  },
}));
