// Main process (plain Node). The customers this laptop holds: connecting (sign-in flow), the list, the
// FleetSession other areas call the Fleet API with, forgetting one or all. Tokens go to the keychain
// (or memory in session-only mode) and never leave the main process except in an Authorization header.
import { CONSENT_LABELS, FLEET_SCOPES, type ConsentScope } from '@shared/tesla/scopes';
import type {
  AccountList,
  AccountView,
  ConnectWay,
  ConnectWays,
  KeychainStatus,
} from '@shared/contract/areas/accounts';
import { createPlatformClient, PlatformError, type PlatformClient } from '@main/platform/platform-client';
import { randomUUID } from 'node:crypto';
import { connectForPlatform } from '@main/platform/connect-for-platform';
import { profileWay } from '@main/profiles/profile-platform';
import { BorrowedTokens } from './borrowed-tokens';
import type { Profile } from '@shared/contract/areas/profiles';
import type { Language } from '@shared/text/languages';
import type { AuthEndpoints, DemoSimulatorInfo } from './sign-in/endpoints';
import { refreshTokens, type TokenSet } from './sign-in/oauth-client';
import type { PendingSignIn } from './sign-in/pending-sign-ins';
import { endpointsForProfile } from './sign-in/profile-endpoints';
import {
  SignInFlow,
  type CallbackOutcome,
  type SignInFinishedEvent,
  type SignInLog,
  type SignInStarted,
} from './sign-in/sign-in-flow';
import { issuedAtIso, readAccessTokenClaims } from './sign-in/token-claims';
import { decodeScopes, newFromTesla } from '@shared/tesla/scope-decode';
import type { FleetSession } from '../fleet/fleet-session';
import { createFleetClient } from '../fleet/fleet-client';
import { createUsageMeter } from '../fleet/usage-meter';
import { UserFacingError } from '../ipc/handler-types';
import type { ProfileService } from '../profiles/profile-service';
import { AccountRegistry } from './account-registry';
import { KeychainUnavailableError, MemoryVault, type Vault } from '../infra/keychain';
import { TokenManager } from './token-manager';
import { TokenStore } from './token-store';
import { isLoopbackSimulatorUrl, mayCarryToken } from '../security/token-destination';
import type { StoreContext } from '../infra/settings-store';

export interface AccountServiceDeps {
  dataDir: string;
  /** The OS keychain (KeyringVault), or a fake in tests. */
  keychain: Vault;
  profiles: ProfileService;
  /** The embedded simulator in demo mode (null when none runs). */
  demo?: () => DemoSimulatorInfo | null;
  now?: () => number;
  fetch?: typeof fetch;
  onChanged?: () => void;
  onSignInFinished?: (event: SignInFinishedEvent) => void;
  /** Support log (redacted by the logger); never given a token, code or URL. */
  log?: SignInLog;
  /** How accounts.json is opened (electron/infra/settings-store.ts). */
  stores?: StoreContext;
}

/** Why a customer must not be forgotten yet; `reason` names it for the end-of-visit summary. */
export interface ForgetHold {
  reason: 'test_running' | 'restore_pending';
  /** Safe to show (English): the refusal of a single "Forget". */
  message: string;
}
export type ForgetGuard = (accountId: string) => Promise<ForgetHold | null>;

/** The customers an end of visit forgot, and those it kept with the reason. */
export interface VisitEnded {
  forgotten: AccountView[];
  kept: { account: AccountView; reason: ForgetHold['reason'] }[];
  /** Keychain sign-ins of this app listed in no file (another writer's, a damaged file's), removed too. */
  unlisted: number;
}

/** The simulator's demo energy platform, by its name (a proper name, like a profile's). */
export const DEMO_PLATFORM_NAME = 'Demo Energy';

/** A platform the doctor can reach a profile's customers through, and its name for the page. */
export interface ProfilePlatform {
  client: PlatformClient;
  name: string;
}

/** An ISO time as given (normalised), or `fallbackMs` when it is not one. */
function isoOr(value: string, fallbackMs: number): string {
  const ms = Date.parse(value);
  return new Date(Number.isNaN(ms) ? fallbackMs : ms).toISOString();
}

export class AccountService {
  readonly registry: AccountRegistry;
  readonly flow: SignInFlow;
  private readonly keychainTokens: TokenStore;
  private readonly memoryTokens = new TokenStore(new MemoryVault());
  private readonly managers = new Map<string, TokenManager>();
  private readonly forgetListeners = new Set<(accountId: string) => void | Promise<void>>();
  private readonly forgetGuards = new Set<ForgetGuard>();
  private keychainState: KeychainStatus | null = null;
  private keychainProbedAt = 0;
  private sessionOnlyMode = false;
  private readonly now: () => number;
  /** Through the platform: borrowed access tokens, in memory only. */
  private readonly borrowed: BorrowedTokens;
  /** The way in each running sign-in stands for (recorded on the account it makes). */
  private readonly waysBySignIn = new Map<string, ConnectWay>();
  /** Through the platform: the scopes the platform asks customers for, by account (memory, this run). */
  private readonly platformAsks = new Map<string, readonly string[]>();
  /** Connect-for-the-platform runs waiting for the customer, by their sign-in id (cancel, close). */
  private readonly platformSignIns = new Map<string, AbortController>();

  constructor(private readonly deps: AccountServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.registry = new AccountRegistry(deps.dataDir, deps.stores);
    this.keychainTokens = new TokenStore(deps.keychain);
    this.borrowed = new BorrowedTokens(this.now, (accountId, token) => {
      const scopes = decodeScopes(token.scopes).granted;
      const known = this.registry.get(accountId)?.grantedScopes ?? [];
      this.registry.update(accountId, { grantedScopes: scopes, scopesAsOf: isoOr(token.issuedAt, this.now()) });
      if (scopes.length !== known.length || scopes.some((s) => !known.includes(s))) this.deps.onChanged?.();
    });
    this.flow = new SignInFlow({
      now: this.now,
      fetch: deps.fetch,
      complete: (pending, tokens) => this.completeSignIn(pending, tokens),
      onFinished: (event) => deps.onSignInFinished?.(event),
      ...(deps.log ? { log: deps.log } : {}),
    });
  }

  /** Every connected customer, oldest first. Holds no token. */
  list(): AccountView[] {
    return this.registry.all();
  }

  get sessionOnly(): boolean {
    return this.sessionOnlyMode;
  }

  /**
   * Whether the keychain can keep tokens. Probed once when it works; while it does not, again only when a
   * sign-in starts (`fresh`) or a minute has passed, so a locked keychain is not asked to unlock on every look.
   */
  async keychainStatus(options: { fresh?: boolean } = {}): Promise<KeychainStatus> {
    const state = this.keychainState;
    if (state?.available) return state;
    if (state && !options.fresh && this.now() - this.keychainProbedAt < 60_000) return state;
    const probe = await this.deps.keychain.probe();
    this.keychainProbedAt = this.now();
    this.keychainState = probe.available
      ? { available: true, reason: null }
      : { available: false, reason: probe.reason };
    return this.keychainState;
  }

  async overview(): Promise<AccountList> {
    return {
      accounts: this.list().map((a) => this.withConsent(a)),
      keychain: await this.keychainStatus(),
      sessionOnly: this.sessionOnlyMode,
      connectWays: this.connectWays(),
    };
  }

  /**
   * The platform the active (or named) profile reaches customers through: the Demo profile's is the
   * embedded simulator's demo platform; a Tesla profile's is the one its form names (way "through the
   * platform"). Null: no platform, one way in.
   */
  platformFor(profileId?: string): ProfilePlatform | null {
    let profile: Profile;
    try {
      profile = profileId ? this.deps.profiles.get(profileId) : this.deps.profiles.active();
    } catch {
      return null;
    }
    // A Tesla profile's platform, its agent key read from the keychain at each call.
    if (profile.kind !== 'demo') return this.deps.profiles.platformClient(profile.id);
    const platform = this.deps.demo?.()?.platform;
    if (!platform) return null;
    return {
      client: createPlatformClient({
        baseUrl: platform.baseUrl,
        agentKey: platform.agentKey,
        ...(this.deps.fetch ? { fetch: this.deps.fetch } : {}),
      }),
      name: DEMO_PLATFORM_NAME,
    };
  }

  /** The way in the named (or active) profile uses, when it names one. */
  activeProfileWay(profileId?: string): ConnectWay | undefined {
    try {
      return profileWay(profileId ? this.deps.profiles.get(profileId) : this.deps.profiles.active());
    } catch {
      return undefined;
    }
  }

  /** The ways in the active profile offers (through the platform first), or null for the one sign-in. */
  connectWays(): ConnectWays | null {
    const platform = this.platformFor();
    if (!platform) return null;
    // The Demo profile has both apps; a Tesla profile's one client id is the platform's (a confirmed replace).
    const ways: ConnectWay[] =
      this.deps.profiles.active().kind === 'demo' ? ['platform', 'own_app', 'replace'] : ['platform', 'replace'];
    return { ways, platform: platform.name };
  }

  /** The boxes the profile asks for and those the customer left unticked, so the page can say so at once. */
  private withConsent(account: AccountView): AccountView {
    const requested = this.requestedScopes(account);
    const asked = requested.filter((s): s is ConsentScope => s in CONSENT_LABELS);
    const fresh = newFromTesla(account.grantedScopes);
    return {
      ...account,
      consent: {
        asked,
        missing: asked.filter((s) => !account.grantedScopes.includes(s)),
        ...(fresh.length > 0 ? { newFromTesla: fresh } : {}),
      },
    };
  }

  /** Through the platform: what the platform asks for; else what the profile asks for (every scope by default). */
  private requestedScopes(account: AccountView): readonly string[] {
    const platformAsks = account.way === 'platform' ? this.platformAsks.get(account.id) : undefined;
    if (platformAsks) return platformAsks;
    try {
      const profile = this.deps.profiles.get(account.profileId);
      if (profile.kind === 'tesla' && profile.scopes) return profile.scopes;
    } catch {
      // The profile was removed: judge against every scope, as a new sign-in would ask.
    }
    return FLEET_SCOPES;
  }

  setSessionOnly(enabled: boolean): void {
    this.sessionOnlyMode = enabled;
    this.deps.onChanged?.();
  }

  async endpointsFor(profile: Profile, way?: ConnectWay): Promise<AuthEndpoints> {
    const clientSecret =
      profile.kind === 'tesla' && profile.credential.type === 'secret'
        ? await this.deps.profiles.clientSecret(profile.id)
        : null;
    return endpointsForProfile(profile, { clientSecret, demo: this.deps.demo?.() ?? null, ownApp: way === 'own_app' });
  }

  /**
   * Through the platform: finds the customer at the platform and borrows its connection's access token.
   * Nothing is signed in and nothing is kept: the customer is listed for this run (session-only), the token
   * lives in memory, and the platform's connection is not touched. Returns the account id (Tesla `sub`).
   */
  async connectThroughPlatform(options: {
    platform: PlatformClient;
    /** The customer's e-mail address or the platform's reference. */
    customer: string;
    profileId?: string;
    label?: string | null;
  }): Promise<string> {
    const { platform, customer } = options;
    const matches = await platform.findCustomers(customer);
    const found = matches.find((c) => c.ref === customer) ?? (matches.length === 1 ? matches[0] : undefined);
    if (!found) throw new PlatformError('platform_unknown_customer', { customer }, 404, 'unknown_customer');
    const token = await platform.borrowAccessToken(found.ref);
    // The boxes that count are those the platform asks for (its authorize parameters), not every scope.
    const asked = await platform.authorizeParams().then(
      (p) => p.scopes,
      () => null,
    );
    // The borrowed token goes only where any customer token may go: Tesla over HTTPS, or a local simulator.
    if (!mayCarryToken(`${token.apiBase}/api/1/products`))
      throw new PlatformError('platform_unreadable', {}, 200, 'untrusted_api_base');
    const claims = readAccessTokenClaims(token.accessToken);
    const existing = this.registry.get(claims.sub);
    if (existing && !this.borrowed.has(existing.id)) {
      // The same customer signed in before on this laptop: the platform's view replaces it for this visit.
      await this.managers.get(existing.id)?.dispose();
      this.managers.delete(existing.id);
      await this.tokensFor(existing.sessionOnly)
        .delete(existing.id)
        .catch(() => undefined);
    }
    this.borrowed.keep(claims.sub, platform, found.ref, token);
    if (asked) this.platformAsks.set(claims.sub, asked);
    else this.platformAsks.delete(claims.sub);
    this.registry.upsert({
      id: claims.sub,
      profileId: options.profileId ?? this.deps.profiles.active().id,
      label: options.label?.trim() || found.email || found.ref,
      email: found.email || null,
      region: claims.ou_code,
      connectedAt: new Date(this.now()).toISOString(),
      grantedScopes: decodeScopes(token.scopes).granted,
      scopesAsOf: isoOr(token.issuedAt, this.now()),
      state: 'connected',
      reconnectReason: null,
      sessionOnly: true,
      way: 'platform',
      platformRef: found.ref,
    });
    this.deps.log?.('info', 'accounts.borrowed', { region: claims.ou_code });
    this.deps.onChanged?.();
    return claims.sub;
  }

  /**
   * Connect for the platform (its connection was lost, it never had one, or a consent box is missing): the
   * customer signs in in the browser under the platform's client, the platform gets code and verifier and
   * keeps the connection, and then the doctor borrows it as through the platform. Resolves once the sign-in
   * page is known (the caller opens it unless `openUrl` does); the end arrives as a sign-in-finished event
   * under the returned id. The doctor never holds a token of the platform's connection.
   */
  async startConnectForPlatform(options: {
    platform: ProfilePlatform;
    customer: string;
    label?: string | null;
    promptMissingScopes?: boolean;
    /** Opens the page (the system browser); refuse by throwing (a page the policy does not allow). */
    openUrl: (url: string) => Promise<void>;
    timeoutMs?: number;
    /** The app's language: the loopback page the browser ends on speaks it. */
    language?: Language;
  }): Promise<{ signInId: string; authorizeUrl: string; expiresAt: number }> {
    const { platform, customer } = options;
    const matches = await platform.client.findCustomers(customer);
    const found = matches.find((c) => c.ref === customer) ?? (matches.length === 1 ? matches[0] : undefined);
    if (!found) throw new PlatformError('platform_unknown_customer', { customer }, 404, 'unknown_customer');
    const signInId = `platform-${randomUUID()}`;
    const timeoutMs = options.timeoutMs ?? 10 * 60_000;
    const stop = new AbortController();
    this.platformSignIns.set(signInId, stop);
    let shown!: (url: string) => void;
    const pageKnown = new Promise<string>((resolve) => (shown = resolve));
    const run = connectForPlatform({
      platform: platform.client,
      ref: found.ref,
      timeoutMs,
      signal: stop.signal,
      ...(options.promptMissingScopes ? { promptMissingScopes: true } : {}),
      ...(options.language ? { language: options.language } : {}),
      openUrl: async (url) => {
        await options.openUrl(url);
        shown(url);
      },
    });
    const finished = run
      .finally(() => this.platformSignIns.delete(signInId))
      .then(() =>
        this.connectThroughPlatform({ platform: platform.client, customer: found.ref, label: options.label ?? null }),
      )
      .then(
        (accountId) => {
          this.deps.log?.('info', 'accounts.connectedForPlatform', {});
          this.deps.onSignInFinished?.({ signInId, ok: true, accountId, error: null });
        },
        (error: unknown) => {
          const text = error instanceof UserFacingError ? error.text : undefined;
          this.deps.log?.('warn', 'accounts.connectForPlatformFailed', {
            code: (error as { code?: string }).code ?? null,
          });
          this.deps.onSignInFinished?.({
            signInId,
            ok: false,
            accountId: null,
            error: error instanceof Error ? error.message : String(error),
            ...(text ? { errorText: text } : {}),
          });
        },
      );
    // A failure before the page is known (the platform refused, the page is not allowed) is the caller's.
    const authorizeUrl = await Promise.race([pageKnown, run.then(() => pageKnown)]);
    void finished;
    return { signInId, authorizeUrl, expiresAt: this.now() + timeoutMs };
  }

  /** Starts a sign-in with the active profile (or the reconnecting account's). The caller opens the URL. */
  async connect(
    options: {
      label?: string | null;
      reconnectAccountId?: string | null;
      sessionOnly?: boolean;
      profileId?: string;
      /** Demo profile only: override the configured callback kind (the headless tool needs the loopback). */
      demoCallback?: 'loopback' | 'deep-link';
      /**
       * `own_app`: sign in under the doctor's own client id (Demo: the installer company's app).
       * `replace`: sign in under the platform's client id; refused unless `confirmedReplace`, because it
       * signs the customer out of the platform until they reconnect there.
       */
      way?: 'own_app' | 'replace';
      confirmedReplace?: boolean;
      /** Names in the confirmation: the customer and the platform. */
      replaceNames?: { customer: string; platform: string };
      /** The app's language: the loopback page the browser ends on speaks it. */
      language?: Language;
    } = {},
  ): Promise<SignInStarted> {
    const reconnect = options.reconnectAccountId ? this.registry.get(options.reconnectAccountId) : null;
    if (options.reconnectAccountId && !reconnect) throw new UserFacingError('reconnect_gone');
    const sessionOnly = options.sessionOnly ?? (reconnect ? reconnect.sessionOnly : this.sessionOnlyMode);
    if (!sessionOnly) {
      const keychain = await this.keychainStatus({ fresh: true });
      if (!keychain.available) {
        throw new UserFacingError('keychain_cannot_save', { reason: keychain.reason ?? '' });
      }
    }
    const profile = reconnect
      ? this.deps.profiles.get(reconnect.profileId)
      : options.profileId
        ? this.deps.profiles.get(options.profileId)
        : this.deps.profiles.active();
    if (options.way === 'replace' && options.confirmedReplace !== true) {
      // Said before any browser opens: nothing has happened yet.
      throw new UserFacingError('replace_needs_confirmation', {
        ...withDefault('customer', options.replaceNames?.customer ?? options.label, 'errors.replace_default_customer'),
        ...withDefault('platform', options.replaceNames?.platform, 'errors.replace_default_platform'),
      });
    }
    const withCallback =
      profile.kind === 'demo' && options.demoCallback ? { ...profile, callback: options.demoCallback } : profile;
    const started = await this.flow.start({
      endpoints: await this.endpointsFor(withCallback, options.way),
      profileId: profile.id,
      label: options.label?.trim() || null,
      reconnectAccountId: reconnect?.id ?? null,
      sessionOnly,
      ...(options.language ? { language: options.language } : {}),
    });
    if (options.way) this.waysBySignIn.set(started.signInId, options.way);
    return started;
  }

  /** A deep link (or any callback URL) handed over by the shell; refusals change nothing. */
  handleCallbackUrl(url: unknown): Promise<CallbackOutcome> {
    return this.flow.handleCallback(url);
  }

  cancelSignIn(signInId: string): boolean {
    const platformSignIn = this.platformSignIns.get(signInId);
    if (platformSignIn) {
      platformSignIn.abort();
      return true;
    }
    return this.flow.cancel(signInId);
  }

  setLabel(accountId: string, label: string): void {
    if (!this.registry.update(accountId, { label })) throw new UserFacingError('customer_gone');
    this.deps.onChanged?.();
  }

  /** What the Fleet API side needs to call as this customer. */
  async session(accountId: string): Promise<FleetSession> {
    const account = this.registry.get(accountId);
    if (!account) throw new UserFacingError('customer_gone_connect');
    if (account.state === 'reconnect_needed') {
      throw new UserFacingError(
        'needs_reconnect',
        account.reconnectReason ? { reason: account.reconnectReason } : { reasonKey: 'errors.sign_in_not_accepted' },
      );
    }
    if (account.way === 'platform') return this.borrowedSession(account);
    const endpoints = await this.endpointsFor(this.deps.profiles.get(account.profileId), account.way);
    const manager = this.manager(account, endpoints);
    const tokens = await manager.current();
    return {
      accountId,
      region: account.region,
      apiBase: endpoints.regionBaseUrls[account.region],
      trustedApiOrigins: endpoints.trustedApiOrigins,
      grantedScopes: account.grantedScopes,
      hasRefreshToken: tokens.refreshToken !== null,
      accessTokenExpiresAt: tokens.accessTokenExpiresAt,
      tokenProvider: {
        getAccessToken: () => manager.getAccessToken(),
        onUnauthorized: () => manager.onUnauthorized(),
      },
      ...(account.way ? { way: account.way } : {}),
    };
  }

  /** A customer reached through the platform: the borrowed token, never a refresh token. */
  private borrowedSession(account: AccountView): FleetSession {
    const held = this.borrowed.get(account.id);
    if (!held) throw new UserFacingError('customer_gone_connect');
    const apiBase = held.token.apiBase.replace(/\/+$/, '');
    return {
      accountId: account.id,
      region: account.region,
      apiBase,
      trustedApiOrigins: isLoopbackSimulatorUrl(apiBase) ? [new URL(apiBase).origin] : [],
      grantedScopes: held.token.scopes,
      hasRefreshToken: false,
      accessTokenExpiresAt: Date.parse(held.token.expiresAt),
      tokenProvider: this.borrowed.provider(account.id),
      way: 'platform',
    };
  }

  /** How many token refreshes were sent for an account in this run (tests, benchmarks). */
  refreshCount(accountId: string): number {
    return this.managers.get(accountId)?.refreshCount ?? 0;
  }

  /** Other areas register here to delete their per-account data when a customer is forgotten. */
  onForget(listener: (accountId: string) => void | Promise<void>): () => void {
    this.forgetListeners.add(listener);
    return () => this.forgetListeners.delete(listener);
  }

  /**
   * Other areas register here to keep a customer who must not be forgotten yet (a test charge running, or
   * a restore still pending: it needs this customer's sign-in). A guard answers the hold, or null.
   */
  onBeforeForget(guard: ForgetGuard): () => void {
    this.forgetGuards.add(guard);
    return () => this.forgetGuards.delete(guard);
  }

  private async holdOf(accountId: string): Promise<ForgetHold | null> {
    for (const guard of this.forgetGuards) {
      const hold = await guard(accountId);
      if (hold) return hold;
    }
    return null;
  }

  /** Removes the customer's keychain entry and local data; refused while a guard holds them. */
  async forget(accountId: string): Promise<void> {
    const account = this.registry.get(accountId);
    if (!account) throw new UserFacingError('customer_gone');
    const hold = await this.holdOf(accountId);
    if (hold) throw new UserFacingError('detail', { message: hold.message });
    await this.remove(account);
  }

  private async remove(account: AccountView): Promise<void> {
    const accountId = account.id;
    // Stop the sign-in first: a refresh under way must not write a fresh token back after the delete.
    await this.managers.get(accountId)?.dispose();
    this.managers.delete(accountId);
    // A borrowed token is dropped with the customer: it was never written anywhere.
    this.borrowed.drop(accountId);
    try {
      await this.tokensFor(account.sessionOnly).delete(accountId);
    } catch (error) {
      if (error instanceof KeychainUnavailableError) {
        throw new UserFacingError('forget_keychain', { reason: error.reason });
      }
      throw error;
    }
    this.managers.delete(accountId);
    this.registry.remove(accountId);
    for (const listener of this.forgetListeners) await listener(accountId);
    this.deps.log?.('info', 'accounts.forgotten', { sessionOnly: account.sessionOnly });
    this.deps.onChanged?.();
  }

  /**
   * "End site visit": drops sign-ins still waiting and forgets every customer except those a guard holds
   * (a pending restore needs that customer's sign-in); those are kept and returned with the reason, so
   * the visit ends everywhere else instead of not at all.
   */
  async endVisit(): Promise<VisitEnded> {
    for (const p of this.flow.pending.all()) this.flow.cancel(p.id);
    const ended: VisitEnded = { forgotten: [], kept: [], unlisted: 0 };
    for (const account of this.list()) {
      const hold = await this.holdOf(account.id);
      if (hold) {
        ended.kept.push({ account, reason: hold.reason });
        continue;
      }
      await this.remove(account);
      ended.forgotten.push(account);
    }
    // A sign-in no accounts.json lists (dropped by another writer, or its file was damaged and moved aside)
    // would outlive the visit: every keychain sign-in of this app goes, but a kept customer's.
    const keep = new Set(ended.kept.map((k) => k.account.id));
    for (const id of await this.keychainTokens.accountIds().catch(() => [])) {
      if (keep.has(id)) continue;
      await this.keychainTokens.delete(id);
      ended.unlisted += 1;
    }
    return ended;
  }

  async close(): Promise<void> {
    for (const stop of this.platformSignIns.values()) stop.abort();
    this.borrowed.dropAll();
    await this.flow.close();
  }

  private tokensFor(sessionOnly: boolean): TokenStore {
    return sessionOnly ? this.memoryTokens : this.keychainTokens;
  }

  private manager(account: AccountView, endpoints: AuthEndpoints): TokenManager {
    let m = this.managers.get(account.id);
    if (!m) {
      m = new TokenManager({
        accountId: account.id,
        store: this.tokensFor(account.sessionOnly),
        refresh: (refreshToken) => refreshTokens(endpoints, refreshToken, { fetch: this.deps.fetch, now: this.now }),
        now: this.now,
        onRefreshed: (accessToken) => {
          // The customer may have changed the grant at Tesla since: keep the listed scopes true.
          const claims = readAccessTokenClaims(accessToken);
          const scp = claims.scp;
          const known = this.registry.get(account.id)?.grantedScopes ?? [];
          // The scopes are read from the freshest token, and said as of when it was issued.
          this.registry.update(account.id, { grantedScopes: scp, scopesAsOf: issuedAtIso(claims, this.now()) });
          if (scp.length !== known.length || scp.some((s) => !known.includes(s))) this.deps.onChanged?.();
        },
        onReconnectNeeded: (reason) => {
          this.deps.log?.('warn', 'accounts.reconnectNeeded', { profileId: account.profileId, region: account.region });
          this.managers.delete(account.id);
          this.registry.update(account.id, { state: 'reconnect_needed', reconnectReason: reason });
          this.deps.onChanged?.();
        },
      });
      this.managers.set(account.id, m);
    }
    return m;
  }

  private async completeSignIn(pending: PendingSignIn, tokens: TokenSet): Promise<string> {
    const claims = readAccessTokenClaims(tokens.accessToken);
    if (pending.reconnectAccountId && claims.sub !== pending.reconnectAccountId) {
      throw new UserFacingError('wrong_account');
    }
    const existing = this.registry.get(claims.sub);
    try {
      await this.tokensFor(pending.sessionOnly).write(claims.sub, {
        v: 1,
        refreshToken: tokens.refreshToken,
        accessToken: tokens.accessToken,
        accessTokenExpiresAt: tokens.accessTokenExpiresAt,
      });
    } catch (error) {
      if (error instanceof KeychainUnavailableError) {
        throw new UserFacingError('sign_in_not_saved', { reason: error.reason });
      }
      throw error;
    }
    if (existing && existing.sessionOnly !== pending.sessionOnly) {
      await this.tokensFor(existing.sessionOnly)
        .delete(claims.sub)
        .catch(() => undefined);
    }
    this.managers.delete(claims.sub);
    const endpoints = pending.endpoints;
    const email = claims.scp.includes('user_data')
      ? (tokens.email ??
        (await this.fetchEmail({
          accountId: claims.sub,
          region: claims.ou_code,
          apiBase: endpoints.regionBaseUrls[claims.ou_code],
          trustedApiOrigins: endpoints.trustedApiOrigins,
          grantedScopes: claims.scp,
          hasRefreshToken: tokens.refreshToken !== null,
          accessTokenExpiresAt: tokens.accessTokenExpiresAt,
          // The token just issued: no refresh on a 401 here (the email is then "not reported").
          tokenProvider: { getAccessToken: async () => tokens.accessToken, onUnauthorized: async () => undefined },
        })))
      : null;
    this.registry.upsert({
      id: claims.sub,
      profileId: pending.profileId,
      label: pending.label ?? existing?.label ?? email ?? `Customer ${this.list().length + 1}`,
      email,
      region: claims.ou_code,
      connectedAt: new Date(this.now()).toISOString(),
      grantedScopes: claims.scp,
      scopesAsOf: issuedAtIso(claims, this.now()),
      state: 'connected',
      reconnectReason: null,
      sessionOnly: pending.sessionOnly,
      ...(this.waysBySignIn.has(pending.id) ? { way: this.waysBySignIn.get(pending.id) } : {}),
    });
    this.waysBySignIn.delete(pending.id);
    this.deps.onChanged?.();
    return claims.sub;
  }

  /**
   * The account's email (Profile Information) through the one Tesla gateway (the Fleet client: its token
   * destination check, body cap, 429 rules and usage meter); "not reported" (null) when the call fails.
   */
  private async fetchEmail(session: FleetSession): Promise<string | null> {
    if (!mayCarryToken(`${session.apiBase}/api/1/users/me`)) return null;
    const meter = createUsageMeter();
    try {
      const { response } = await createFleetClient(session, {
        meter,
        ...(this.deps.fetch ? { fetch: this.deps.fetch } : {}),
      }).me();
      return response.email ?? null;
    } catch {
      return null;
    } finally {
      this.deps.log?.('info', 'accounts.me', { requests: meter.snapshot().requests });
    }
  }
}

/** A name for a message: the one given, else the catalogue's default (a `…Key` parameter, worded in the reader's language). */
function withDefault(name: string, value: string | null | undefined, defaultKey: string): Record<string, string> {
  return value ? { [name]: value } : { [`${name}Key`]: defaultKey };
}
