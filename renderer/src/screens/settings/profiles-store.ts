// Renderer: connection profiles as the Settings screen shows them. A client secret or a platform's agent
// key goes to the main side (and on to the keychain) and is never read back.
import { create } from 'zustand';
import type { PlatformTest, ProfileList, TeslaProfile } from '@shared/contract';
import { DoctorIpcError } from '@shared/contract/page-client';
import { getClient } from '@renderer/transport';

export interface ProfilesNotice {
  kind: 'ok' | 'error';
  key?: string;
  message?: string;
  /** Field problems from the contract's validation (path: message). */
  issues?: string[];
}

interface ProfilesState {
  list: ProfileList | null;
  busy: boolean;
  notice: ProfilesNotice | null;
  load(): Promise<void>;
  select(id: string): Promise<void>;
  setDemoCallback(callback: 'loopback' | 'deep-link'): Promise<void>;
  save(profile: TeslaProfile): Promise<boolean>;
  remove(id: string): Promise<void>;
  setClientSecret(id: string, secret: string): Promise<boolean>;
  clearClientSecret(id: string): Promise<void>;
  importFile(text: string): Promise<void>;
  setAgentKey(id: string, key: string): Promise<boolean>;
  clearAgentKey(id: string): Promise<void>;
  /** The last "Test the platform" per profile id (`testing` while the call runs). */
  platformTests: Record<string, PlatformTest | 'testing'>;
  testPlatform(id: string): Promise<void>;
}

function noticeFrom(error: unknown): ProfilesNotice {
  if (error instanceof DoctorIpcError && error.code === 'invalid_payload') {
    return {
      kind: 'error',
      key: 'settings.invalid',
      issues: (error.issues ?? []).map((i) => `${i.path.replace(/^profile\./, '')}: ${i.message}`),
    };
  }
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

function withoutTest(tests: Record<string, PlatformTest | 'testing'>, id: string) {
  const { [id]: _dropped, ...rest } = tests;
  return rest;
}

export const useProfilesStore = create<ProfilesState>((set, get) => {
  const run = async (work: () => Promise<ProfileList>, okKey?: string): Promise<boolean> => {
    set({ busy: true });
    try {
      const list = await work();
      set({ list, notice: okKey ? { kind: 'ok', key: okKey } : null });
      return true;
    } catch (error) {
      set({ notice: noticeFrom(error) });
      return false;
    } finally {
      set({ busy: false });
    }
  };
  const client = () => getClient().profiles;
  return {
    list: null,
    busy: false,
    notice: null,
    load: async () => void (await run(() => client().list({}))),
    select: async (id) => void (await run(() => client().select({ id }), 'settings.saved')),
    setDemoCallback: async (callback) =>
      void (await run(() => client().setDemoCallback({ callback }), 'settings.saved')),
    save: (profile) => run(() => client().save({ profile }), 'settings.saved'),
    remove: async (id) => void (await run(() => client().remove({ id }), 'settings.removed')),
    setClientSecret: (id, secret) => run(() => client().setClientSecret({ id, secret }), 'settings.secret.saved'),
    clearClientSecret: async (id) =>
      void (await run(() => client().clearClientSecret({ id }), 'settings.secret.cleared')),
    importFile: async (json) => void (await run(() => client().import({ json }), 'settings.import.done')),
    // A key changed: an earlier test's verdict no longer says anything about it.
    setAgentKey: async (id, key) => {
      const ok = await run(() => client().setAgentKey({ id, key }), 'settings.platform.keySaved');
      if (ok) set({ platformTests: withoutTest(get().platformTests, id) });
      return ok;
    },
    clearAgentKey: async (id) => {
      if (await run(() => client().clearAgentKey({ id }), 'settings.platform.keyRemoved'))
        set({ platformTests: withoutTest(get().platformTests, id) });
    },
    platformTests: {},
    testPlatform: async (id) => {
      set({ platformTests: { ...get().platformTests, [id]: 'testing' } });
      try {
        const result = await client().testPlatform({ id });
        set({ platformTests: { ...get().platformTests, [id]: result } });
      } catch (error) {
        set({ platformTests: withoutTest(get().platformTests, id), notice: noticeFrom(error) });
      }
    },
  };
});
