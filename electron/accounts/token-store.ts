// Main process (plain Node). One keychain entry per customer account, keyed by the token's `sub`,
// holding the refresh token and the current access token. zod-checked on the way back in.
import { z } from 'zod';
import type { Vault } from '../infra/keychain';

export const StoredTokensSchema = z
  .object({
    v: z.literal(1),
    refreshToken: z.string().min(1).nullable(),
    accessToken: z.string().min(1),
    accessTokenExpiresAt: z.number(),
  })
  .strict();
export type StoredTokens = z.infer<typeof StoredTokensSchema>;

export class TokenStore {
  constructor(readonly vault: Vault) {}

  private key(accountId: string): string {
    return `account:${accountId}`;
  }

  async read(accountId: string): Promise<StoredTokens | null> {
    const raw = await this.vault.get(this.key(accountId));
    if (raw === null) return null;
    try {
      const parsed = StoredTokensSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  write(accountId: string, tokens: StoredTokens): Promise<void> {
    return this.vault.set(this.key(accountId), JSON.stringify(StoredTokensSchema.parse(tokens)));
  }

  delete(accountId: string): Promise<void> {
    return this.vault.delete(this.key(accountId));
  }

  /** The accounts with a sign-in in this vault, listed anywhere or not. */
  async accountIds(): Promise<string[]> {
    return (await this.vault.keys()).filter((k) => k.startsWith('account:')).map((k) => k.slice('account:'.length));
  }
}
