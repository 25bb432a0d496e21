// Renderer: the customers this laptop holds, and which one is selected. Other screens read
// `selectedAccountId`; the Customers screen drives the rest. The main side keeps every token: the page
// only starts a sign-in, opens Tesla's page when the main side cannot (browser mode), and sees results.
import { create } from 'zustand';
import { pageLanguage } from '@renderer/i18n/catalogues';
import type { AccountView, ConnectWays, EndVisitSummary, KeychainStatus, SignInStart } from '@shared/contract';
import { CONSENT_LABELS, type ConsentScope } from '@shared/tesla/scopes';
import { DoctorIpcError } from '@shared/contract/page-client';
import { markOnce } from '@renderer/perf/start-marks';
import { getClient } from '../transport';

export interface AccountsNotice {
  kind: 'ok' | 'warn' | 'error';
  /** A customer to offer "Reconnect now" for (the grant lacks boxes the platform needs). */
  reconnectAccountId?: string;
  /** A key in the text catalogue (with `values`, which may name keys too), or a message from the main side as-is. */
  key?: string;
  values?: Record<string, string | number>;
  message?: string;
}

interface AccountsState {
  selectedAccountId: string | null;
  select(accountId: string | null): void;
  accounts: AccountView[];
  keychain: KeychainStatus | null;
  sessionOnly: boolean;
  /** The ways in the active profile offers (through the platform first); null: the one sign-in. */
  connectWays: ConnectWays | null;
  loaded: boolean;
  busy: boolean;
  /** The sign-in waiting for the customer at Tesla. */
  signIn: SignInStart | null;
  notice: AccountsNotice | null;
  /** The last sign-in that succeeded (a new object each time), as soon as it is known: its checklist starts. */
  justConnected: { accountId: string } | null;
  /** The same sign-in (a new object each time), once the list holds its account (with its consent boxes). */
  lastConnected: { accountId: string } | null;
  /** What the last "End site visit" removed and kept (shown until closed or a new customer connects). */
  visitEnded: EndVisitSummary | null;
  closeVisitSummary(): void;
  load(): Promise<void>;
  /** The list, once: joins a first load under way, nothing when the list is there (start-up asks, then the screen). */
  ensureLoaded(): Promise<void>;
  /** Starts a sign-in; `way` for a profile with a platform (`replace` only once the page confirmed it). */
  connect(
    label: string,
    reconnectAccountId?: string,
    options?: { way?: 'own_app' | 'replace'; confirmedReplace?: true },
  ): Promise<void>;
  /** Through the platform: borrows its connection for the customer (e-mail or reference); no sign-in. */
  connectThroughPlatform(customer: string, label: string): Promise<void>;
  /**
   * Set when borrowing found the platform without a connection for the customer (lost, or never made):
   * the Connect screen offers "Connect for <platform>" for them.
   */
  platformLost: { customer: string; label: string } | null;
  /**
   * Connect for the platform: the customer signs in in the browser under the platform's client and the
   * platform keeps the connection; `addMissingScopes` asks Tesla only for the boxes not yet ticked.
   */
  connectForPlatform(customer: string, label: string, addMissingScopes?: boolean): Promise<void>;
  cancelSignIn(): Promise<void>;
  setLabel(accountId: string, label: string): Promise<void>;
  forget(accountId: string): Promise<void>;
  forgetAll(): Promise<void>;
  setSessionOnly(enabled: boolean): Promise<void>;
  dismissNotice(): void;
}

/** After a sign-in: "connected", or which consent boxes the platform needs are unticked (Tesla's labels). */
export function connectNotice(account: AccountView | undefined): AccountsNotice {
  const missing = account?.consent?.missing ?? [];
  if (!account || missing.length === 0) return { kind: 'ok', key: 'accounts.connected' };
  const boxes = missing.map((s) => `“${CONSENT_LABELS[s as ConsentScope] ?? s}”`).join(', ');
  return {
    kind: 'warn',
    key: 'accounts.connectedMissing',
    values: { boxes, count: missing.length },
    reconnectAccountId: account.id,
  };
}

/** Every consent box the platform needs was ticked (the main side lists the missing ones). */
export function allBoxesTicked(account: AccountView | undefined): boolean {
  return account !== undefined && (account.consent?.missing ?? []).length === 0;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The platform's refusals that connecting for the platform fixes. */
const PLATFORM_LOST = new Set(['errors.platform_connection_lost', 'errors.platform_not_connected']);

// The client the events are subscribed on (a new client, e.g. in tests, gets its own subscription).
let subscribedTo: unknown = null;
// The first load under way (the entry asks at start-up, the Connect screen again as it mounts).
let firstLoad: { client: unknown; done: Promise<void> } | null = null;

export const useAccountsStore = create<AccountsState>((set, get) => {
  const apply = (list: {
    accounts: AccountView[];
    keychain: KeychainStatus;
    sessionOnly: boolean;
    connectWays?: ConnectWays | null | undefined;
  }) => {
    const selected = get().selectedAccountId;
    const stillThere = list.accounts.some((a) => a.id === selected);
    set({
      accounts: list.accounts,
      keychain: list.keychain,
      sessionOnly: list.sessionOnly,
      connectWays: list.connectWays ?? null,
      loaded: true,
      selectedAccountId: stillThere ? selected : (list.accounts[0]?.id ?? null),
    });
  };
  const run = async (work: () => Promise<void>) => {
    set({ busy: true });
    try {
      await work();
    } catch (error) {
      set({ notice: { kind: 'error', message: messageOf(error) } });
    } finally {
      set({ busy: false });
    }
  };

  return {
    selectedAccountId: null,
    select: (selectedAccountId) => set({ selectedAccountId }),
    accounts: [],
    keychain: null,
    sessionOnly: false,
    connectWays: null,
    loaded: false,
    busy: false,
    signIn: null,
    notice: null,
    justConnected: null,
    lastConnected: null,
    visitEnded: null,
    closeVisitSummary: () => set({ visitEnded: null }),

    ensureLoaded() {
      if (get().loaded) return Promise.resolve();
      const client = getClient();
      if (firstLoad?.client !== client) {
        const done = get()
          .load()
          .finally(() => {
            if (firstLoad?.done === done) firstLoad = null;
          });
        firstLoad = { client, done };
      }
      return firstLoad.done;
    },

    async load() {
      const client = getClient();
      if (subscribedTo !== client) {
        subscribedTo = client;
        client.on('accounts:changed', () => void get().load());
        client.on('accounts:signInFinished', (e) => {
          const current = get().signIn;
          if (e.signInId !== null && current?.signInId !== e.signInId) return;
          if (e.ok) {
            markOnce('sign-in-known');
            set({
              signIn: null,
              notice: null,
              visitEnded: null,
              ...(e.accountId ? { selectedAccountId: e.accountId, justConnected: { accountId: e.accountId } } : {}),
            });
            // Said once the list is back: a grant without boxes the platform needs is not "connected" news.
            void get()
              .load()
              .then(() =>
                set({
                  notice: connectNotice(get().accounts.find((a) => a.id === e.accountId)),
                  ...(e.accountId ? { lastConnected: { accountId: e.accountId } } : {}),
                }),
              );
            return;
          }
          // A keyed failure is worded in the page's language; the English message is the fallback.
          const notice: AccountsNotice = e.errorText
            ? { kind: 'error', key: e.errorText.key, values: e.errorText.params, message: e.error ?? '' }
            : { kind: 'error', message: e.error ?? '' };
          set({ ...(e.signInId !== null ? { signIn: null } : {}), notice });
          void get().load();
        });
      }
      try {
        apply(await client.accounts.list({}));
      } catch (error) {
        set({ loaded: true, notice: { kind: 'error', message: messageOf(error) } });
      }
    },

    async connect(label, reconnectAccountId, options = {}) {
      // A customer reached through the platform is "reconnected" by connecting for the platform: a sign-in
      // under its client here would replace its connection.
      const through = get().accounts.find((a) => a.id === reconnectAccountId && a.way === 'platform');
      if (through) return get().connectForPlatform(through.platformRef ?? through.label, through.label, true);
      await run(async () => {
        set({ notice: null });
        const started = await getClient().accounts.connect({
          ...(label.trim() ? { label: label.trim() } : {}),
          ...(reconnectAccountId ? { reconnectAccountId } : {}),
          ...(options.way ? { way: options.way } : {}),
          ...(options.confirmedReplace ? { confirmedReplace: true as const } : {}),
          // The page the browser ends on (the doctor's loopback) speaks the app's language.
          language: pageLanguage(),
        });
        // Browser mode: the page opens Tesla's sign-in itself, in a new tab (never inside the app). With
        // noopener the result is always null, so the screen also offers a link in case it was blocked.
        if (started.handledBy === 'page') window.open(started.authorizeUrl, '_blank', 'noopener,noreferrer');
        set({ signIn: started });
      });
    },

    async connectThroughPlatform(customer, label) {
      await run(async () => {
        set({ notice: null, platformLost: null });
        let accountId: string;
        try {
          ({ accountId } = await getClient().accounts.connectThroughPlatform({
            customer: customer.trim(),
            ...(label.trim() ? { label: label.trim() } : {}),
          }));
        } catch (error) {
          if (!(error instanceof DoctorIpcError) || !error.text || !PLATFORM_LOST.has(error.text.key)) throw error;
          // Said in the page's language, with the way out offered beside it.
          set({
            platformLost: { customer: customer.trim(), label: label.trim() },
            notice: { kind: 'error', key: error.text.key, values: error.text.params, message: error.message },
          });
          return;
        }
        // As after a sign-in: the customer is selected, and connecting runs the checklist by itself.
        set({ selectedAccountId: accountId, visitEnded: null, justConnected: { accountId } });
        await get().load();
        set({
          notice: connectNotice(get().accounts.find((a) => a.id === accountId)),
          lastConnected: { accountId },
        });
      });
    },

    platformLost: null,

    async connectForPlatform(customer, label, addMissingScopes = false) {
      await run(async () => {
        set({ notice: null });
        const started = await getClient().accounts.connectForPlatform({
          customer: customer.trim(),
          ...(label.trim() ? { label: label.trim() } : {}),
          ...(addMissingScopes ? { addMissingScopes: true } : {}),
          language: pageLanguage(),
        });
        if (started.handledBy === 'page') window.open(started.authorizeUrl, '_blank', 'noopener,noreferrer');
        set({ signIn: started, platformLost: null });
      });
    },

    async cancelSignIn() {
      const current = get().signIn;
      if (!current) return;
      await run(async () => {
        await getClient().accounts.cancelSignIn({ signInId: current.signInId });
        set({ signIn: null });
      });
    },

    async setLabel(accountId, label) {
      await run(async () => apply(await getClient().accounts.setLabel({ accountId, label })));
    },

    async forget(accountId) {
      await run(async () => {
        apply(await getClient().accounts.forget({ accountId }));
        set({ notice: { kind: 'ok', key: 'accounts.forgotten' } });
      });
    },

    async forgetAll() {
      await run(async () => {
        const { visit, ...list } = await getClient().accounts.forgetAll({});
        apply(list);
        set({ signIn: null, selectedAccountId: null, notice: null, visitEnded: visit });
      });
    },

    async setSessionOnly(enabled) {
      await run(async () => apply(await getClient().accounts.setSessionOnly({ enabled })));
    },

    dismissNotice: () => set({ notice: null }),
  };
});
