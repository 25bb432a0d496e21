// Main process (plain Node). The OS keychain behind a small interface (secrets by key), so the token
// store and the client-secret store share one implementation and tests can pass a fake. The real one
// uses @napi-rs/keyring (Keychain on macOS, Credential Manager on Windows, Secret Service on Linux).
import { AsyncEntry, findCredentialsAsync } from '@napi-rs/keyring';
import { appMeta } from '@main/infra/app-meta';
import { textIn } from '@shared/text/languages';

/** The message's words come from the catalogue (English: the log and the terminal read it). */
const english = textIn('en');

export interface Vault {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Every key the app's service holds, whoever wrote it (another instance, a customer dropped from a damaged
   * accounts.json): "forget all" removes what no file lists.
   */
  keys(): Promise<string[]>;
  /** Can secrets be kept? Tries a write, read and delete; `reason` is safe to show. */
  probe(): Promise<{ available: true } | { available: false; reason: string }>;
}

/** Thrown when the keychain cannot be used; the message says why and what to do (no secret in it). */
export class KeychainUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(english('errors.keychain_unavailable', { reason }));
    this.name = 'KeychainUnavailableError';
  }
}

function explain(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/locked/i.test(text)) return 'the keychain is locked (unlock it by signing in to the desktop session).';
  if (/dbus|d-bus|secret service|platform storage|no such|not available|AccessDenied|ServiceUnknown/i.test(text)) {
    return 'no Secret Service (keyring) is running in this desktop session (start GNOME Keyring or KWallet).';
  }
  return 'the keychain refused the request (check that it is unlocked).';
}

export class KeyringVault implements Vault {
  constructor(private readonly service: string = appMeta.appId) {}

  // Pinned to the Secret Service on Linux: the kernel keyutils fallback would lose tokens at reboot.
  private entry(key: string): AsyncEntry {
    return new AsyncEntry(this.service, key, { linux: { store: 'secret-service' } });
  }

  private async guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw new KeychainUnavailableError(explain(error));
    }
  }

  get(key: string): Promise<string | null> {
    return this.guard(() => this.entry(key).getPassword());
  }

  set(key: string, value: string): Promise<void> {
    return this.guard(() => this.entry(key).setPassword(value));
  }

  async delete(key: string): Promise<void> {
    await this.guard(() => this.entry(key).deletePassword());
  }

  /** @napi-rs/keyring's public findCredentials: every entry of this service (the secrets are dropped here). */
  async keys(): Promise<string[]> {
    const found = await this.guard(() => findCredentialsAsync(this.service));
    return found.map((c) => c.account);
  }

  async probe(): Promise<{ available: true } | { available: false; reason: string }> {
    const key = `probe:${process.pid}`;
    try {
      await this.set(key, 'probe');
      const back = await this.get(key);
      await this.delete(key);
      return back === 'probe'
        ? { available: true }
        : { available: false, reason: 'the keychain did not return what was stored in it.' };
    } catch (error) {
      return { available: false, reason: error instanceof KeychainUnavailableError ? error.reason : explain(error) };
    }
  }
}

/** Memory only: session-only mode and tests. Gone when the process ends. */
export class MemoryVault implements Vault {
  private readonly items = new Map<string, string>();

  async get(key: string): Promise<string | null> {
    return this.items.get(key) ?? null;
  }
  async set(key: string, value: string): Promise<void> {
    this.items.set(key, value);
  }
  async delete(key: string): Promise<void> {
    this.items.delete(key);
  }
  async probe(): Promise<{ available: true } | { available: false; reason: string }> {
    return { available: true };
  }
  async keys(): Promise<string[]> {
    return [...this.items.keys()];
  }
}

/** A keychain that is not there (tests of the no-keychain path, or when the probe failed). */
export class UnavailableVault implements Vault {
  constructor(private readonly reason: string) {}
  get(): Promise<string | null> {
    return Promise.reject(new KeychainUnavailableError(this.reason));
  }
  set(): Promise<void> {
    return Promise.reject(new KeychainUnavailableError(this.reason));
  }
  delete(): Promise<void> {
    return Promise.reject(new KeychainUnavailableError(this.reason));
  }
  keys(): Promise<string[]> {
    return Promise.reject(new KeychainUnavailableError(this.reason));
  }
  async probe(): Promise<{ available: false; reason: string }> {
    return { available: false, reason: this.reason };
  }
}
