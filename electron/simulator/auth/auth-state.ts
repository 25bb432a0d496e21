// Main process (plain Node). What the simulated auth server remembers: pending consent screens, codes,
// token families (one per completed sign-in, surviving refresh rotation), refresh tokens and grants.
// Everything is in memory and keyed by values only the simulator hands out.

/** An /authorize request waiting on the consent screen (the form posts back its id, not the parameters). */
export interface PendingAuthorize {
  clientId: string;
  redirectUri: string;
  state: string;
  requested: string[];
  nonce: string | null;
  codeChallenge: string | null;
  promptMissingScopes: boolean;
  requireRequestedScopes: boolean;
  /** The app will ask for virtual key pairing next (`show_keypair_step=true`). */
  showKeypairStep: boolean;
  createdAt: number;
}

export interface CodeRecord {
  clientId: string;
  redirectUri: string;
  /** What the authorize request asked for. */
  requested: string[];
  /** What the customer granted of it (silent scopes included). */
  scopes: string[];
  nonce: string | null;
  codeChallenge: string | null;
  expiresAt: number;
}

/** One completed sign-in; every refresh token and access token descends from one. */
export interface TokenFamily {
  id: string;
  clientId: string;
  requested: string[];
  audience: string | null;
  authTime: number;
  revoked: boolean;
  /**
   * A later sign-in (code exchange) of the same account under the same client replaced this family: its
   * refresh tokens answer 401 login_required and its access tokens 401 (Tesla's changelog 2024-02-01).
   */
  replaced?: boolean;
}

export interface RefreshRecord {
  familyId: string;
  clientId: string;
  expiresAt: number;
  /** When it was first exchanged for a new one; it stays usable for the grace period after that. */
  rotatedAt: number | null;
}

export class AuthState {
  readonly pending = new Map<string, PendingAuthorize>();
  readonly codes = new Map<string, CodeRecord>();
  readonly families = new Map<string, TokenFamily>();
  readonly refreshTokens = new Map<string, RefreshRecord>();
  /** Access token id (jti) -> family and expiry, so a removed grant also stops its access tokens. */
  readonly accessTokens = new Map<string, { familyId: string; expiresAt: number }>();
  /** The customer's consent per client (consent scopes only); absent: the scenario's default grant. */
  private readonly grants = new Map<string, string[]>();

  /**
   * The apps (client ids) whose first sign-in has been handed out. In a scenario whose customer's refresh
   * token expired or who removed the app, each app's first sign-in stands for the old one that app holds:
   * the state shows on it, and signing in again (the fix) works. Per app: the demo platform's own held
   * connection must not use up the doctor's own app's stale sign-in.
   */
  readonly staleSignInIssued = new Set<string>();

  /** `pruneAbove`: how many records may pile up before `prune` looks for dead ones. */
  constructor(private readonly pruneAbove = 10_000) {}

  grantOf(clientId: string): string[] | undefined {
    return this.grants.get(clientId);
  }

  setGrant(clientId: string, scopes: string[] | null): void {
    if (scopes === null) this.grants.delete(clientId);
    else this.grants.set(clientId, [...scopes]);
  }

  /**
   * Tesla's policy since 2024-02-01: one live token family per account and application. A new sign-in
   * replaces every earlier family of the client (the simulator has one account, so per client).
   */
  replaceFamiliesOf(clientId: string): void {
    for (const family of this.families.values()) {
      if (family.clientId === clientId) family.replaced = true;
    }
  }

  /** "Remove Access": nothing granted, and every token of the client's sign-ins stops working. */
  removeAccess(clientId: string): void {
    this.grants.set(clientId, []);
    for (const family of this.families.values()) {
      if (family.clientId === clientId) family.revoked = true;
    }
  }

  /**
   * Drops records that can no longer be used (expired codes, access tokens and refresh tokens, refresh
   * tokens rotated out past `graceMs`) so long benchmark runs do not grow memory without bound.
   */
  prune(now: number, graceMs: number): void {
    if (this.accessTokens.size + this.refreshTokens.size + this.codes.size < this.pruneAbove) return;
    for (const [jti, record] of this.accessTokens) if (record.expiresAt <= now) this.accessTokens.delete(jti);
    for (const [code, record] of this.codes) if (record.expiresAt < now) this.codes.delete(code);
    for (const [token, record] of this.refreshTokens) {
      if (record.expiresAt <= now || (record.rotatedAt !== null && record.rotatedAt + graceMs <= now))
        this.refreshTokens.delete(token);
    }
  }

  reset(): void {
    this.pending.clear();
    this.codes.clear();
    this.families.clear();
    this.refreshTokens.clear();
    this.accessTokens.clear();
    this.grants.clear();
    this.staleSignInIssued.clear();
  }
}
