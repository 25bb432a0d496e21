// Renderer: the app-level state (name, version, backend status), fetched through the contract.
import { create } from 'zustand';
import type { AppInfo, BackendStatus, DoctorClient } from '@shared/contract';
import { getClient } from '../transport';

interface AppState {
  info: AppInfo | null;
  error: string | null;
  load(): Promise<void>;
  setStatus(status: BackendStatus): void;
}

// The client the status events are subscribed on (once, however often the info is loaded).
let subscribedTo: unknown = null;
let loading: { client: DoctorClient; done: Promise<void> } | null = null;

type Set = (partial: Partial<AppState>) => void;

async function ask(client: DoctorClient, set: Set, get: () => AppState): Promise<void> {
  try {
    if (subscribedTo !== client) {
      subscribedTo = client;
      client.on('app:statusChanged', (status) => get().setStatus(status));
    }
    set({ info: await client.app.info({}), error: null });
  } catch (error) {
    set({ error: error instanceof Error ? error.message : String(error) });
  }
}

export const useAppStore = create<AppState>((set, get) => ({
  info: null,
  error: null,
  async load() {
    let client: DoctorClient;
    try {
      client = getClient();
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
      return;
    }
    // One question at a time per client: the entry asks at start, the app frame again when it mounts.
    if (loading?.client !== client) {
      const done = ask(client, set, get).finally(() => {
        if (loading?.done === done) loading = null;
      });
      loading = { client, done };
    }
    return loading.done;
  },
  setStatus(status) {
    const info = get().info;
    if (info) set({ info: { ...info, backend: status } });
  },
}));
