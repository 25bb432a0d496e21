// Runs anywhere. The `accounts:` area: the customers' Tesla accounts this laptop holds. The page starts a
// sign-in and sees the result; tokens and codes stay in the main process.
import { z } from 'zod';
import { TextRefSchema } from '@shared/text/text-ref';
import { channel, NoArgs } from '../define';

export const RegionSchema = z.enum(['NA', 'EU', 'CN']);

/**
 * How the doctor reaches the customer's Tesla account (issue 22): `platform` borrows the energy platform's
 * own connection (nothing of it is kept); `own_app` signs in under the doctor's own client id (the
 * platform's connection stays alive, its scopes and key are not judged); `replace` signs in under the
 * platform's client id, which signs the customer out of the platform until they reconnect there.
 */
export const ConnectWaySchema = z.enum(['platform', 'own_app', 'replace']);
export type ConnectWay = z.infer<typeof ConnectWaySchema>;

export const AccountViewSchema = z.object({
  /** The Tesla account's `sub`: a stable key, not a secret. */
  id: z.string(),
  profileId: z.string(),
  label: z.string(),
  /** Only when Profile Information (user_data) was granted; otherwise null ("not reported"). */
  email: z.string().nullable(),
  region: RegionSchema,
  connectedAt: z.string(),
  grantedScopes: z.array(z.string()),
  state: z.enum(['connected', 'reconnect_needed']),
  /** Why a reconnect is needed, in words safe to show. */
  reconnectReason: z.string().nullable(),
  /** Tokens held in memory for this run only (no keychain). */
  sessionOnly: z.boolean(),
  /** Which way in was used; absent for customers connected before the ways had names (a sign-in). */
  way: ConnectWaySchema.optional(),
  /** Through the platform: the platform's reference for the customer (not personal data). */
  platformRef: z.string().max(200).optional(),
  /**
   * The consent screen's boxes, counted as the customer saw them: the scopes with a checkbox that the
   * connection profile asks for, and those of them the customer left unticked (shared/tesla/scopes.ts).
   * Computed when listed, never stored.
   */
  consent: z
    .object({
      asked: z.array(z.string()),
      missing: z.array(z.string()),
      /** Granted scopes the doctor does not know yet (Tesla adds some): listed as new from Tesla, never an error. */
      newFromTesla: z.array(z.string()).optional(),
    })
    .optional(),
  /** When the token the granted scopes were read from was issued (ISO): the freshest token seen. */
  scopesAsOf: z.string().max(40).optional(),
});
export type AccountView = z.infer<typeof AccountViewSchema>;

export const KeychainStatusSchema = z.object({
  available: z.boolean(),
  /** Why it cannot be used, safe to show. */
  reason: z.string().nullable(),
});
export type KeychainStatus = z.infer<typeof KeychainStatusSchema>;

/** The ways in the active profile offers, the default (through the platform) first, and the platform's name. */
export const ConnectWaysSchema = z.object({
  ways: z.array(ConnectWaySchema).min(1),
  platform: z.string().max(80),
});
export type ConnectWays = z.infer<typeof ConnectWaysSchema>;

export const AccountListSchema = z.object({
  accounts: z.array(AccountViewSchema),
  keychain: KeychainStatusSchema,
  /** New sign-ins keep their tokens in memory for this run only. */
  sessionOnly: z.boolean(),
  /** Null or absent: the profile has no platform to go through; the one sign-in, no choice. */
  connectWays: ConnectWaysSchema.nullable().optional(),
});
export type AccountList = z.infer<typeof AccountListSchema>;

/**
 * What "End site visit" removed and what it kept, and why. Counts only: no label of a forgotten customer
 * is sent back (the page already knew them); a kept customer is named, since they are still listed.
 */
export const EndVisitSummarySchema = z.object({
  removed: z.array(
    z.object({
      item: z.enum([
        /** Sign-ins deleted from the system keychain. */
        'keychain_sign_ins',
        /** Sign-ins held in memory for this run (session-only): no keychain entry ever existed. */
        'session_sign_ins',
        /** Customers (labels, emails, granted permissions) removed from this laptop's list. */
        'customers',
        /** Kept copies of exported reports and their history entries. */
        'reports',
        /** Test-charge journals of this visit that were no longer needed. */
        'journals',
        /** Support bundles kept in the data folder (they may carry a customer's label). */
        'support_bundles',
        /** Checklist results and finished test results held for the next report. */
        'results',
        /** Log lines in which a customer of this visit was named (their reference is blanked). */
        'log_lines',
      ]),
      count: z.number().int().min(0),
    }),
  ),
  kept: z.array(
    z.object({
      item: z.enum(['sign_in', 'journal', 'saved_files']),
      /** The kept customer's label (null for the saved files). */
      customer: z.string().nullable(),
      reason: z.enum(['restore_pending', 'test_running', 'saved_outside']),
    }),
  ),
});
export type EndVisitSummary = z.infer<typeof EndVisitSummarySchema>;

/**
 * How far a customer's visit has come, as the main side keeps it (so a reload or a restart does not lose
 * it): the checklist ran (things left to fix then), a test ran to its end, a report was saved.
 */
export const VisitProgressSchema = z.object({
  accountId: z.string(),
  checked: z.boolean(),
  toFix: z.number().int().min(0).nullable(),
  tested: z.boolean(),
  reported: z.boolean(),
});
export type VisitProgress = z.infer<typeof VisitProgressSchema>;

export const SignInStartSchema = z.object({
  signInId: z.string(),
  /** Tesla's (or the simulator's) sign-in page; holds no secret. */
  authorizeUrl: z.string(),
  /** 'system': the main process opened the system browser; 'page': the page must open it (browser mode). */
  handledBy: z.enum(['system', 'page']),
  callback: z.enum(['loopback', 'deep-link']),
  expiresAt: z.string(),
});
export type SignInStart = z.infer<typeof SignInStartSchema>;

export const SignInFinishedSchema = z.object({
  /** Null for a refused callback that belongs to no sign-in (forged, replayed, malformed). */
  signInId: z.string().nullable(),
  ok: z.boolean(),
  accountId: z.string().nullable(),
  /** A message safe to show when ok is false (English: log, terminal). */
  error: z.string().nullable(),
  /** The same as a key under `errors.` in the text catalogue and its values: the page shows it in its language. */
  errorText: TextRefSchema.optional(),
});
export type SignInFinished = z.infer<typeof SignInFinishedSchema>;

/** Main -> page pushes of this area (spread into shared/contract/events.ts). */
export const accountsEvents = {
  /** The list changed (connected, forgotten, reconnect needed): the page fetches accounts:list again. */
  'accounts:changed': z.object({}),
  'accounts:signInFinished': SignInFinishedSchema,
} as const;

const AccountIdSchema = z.string().min(1).max(200);

/** The app's language: the page the system browser ends on after the sign-in speaks it (English when absent). */
const SignInLanguageSchema = z.enum(['en', 'de']);

export const accountsChannels = {
  'accounts:list': channel(NoArgs, AccountListSchema),
  'accounts:connect': channel(
    z
      .object({
        label: z.string().trim().max(80).optional(),
        /** Reconnect this account (asks only for missing scopes). */
        reconnectAccountId: AccountIdSchema.optional(),
        /**
         * A profile with a platform: `own_app` signs in under the doctor's own app; `replace` under the
         * platform's, only with `confirmedReplace` (the page asked first: it signs the customer out of the
         * platform). Through the platform is `accounts:connectThroughPlatform`: no sign-in starts.
         */
        way: z.enum(['own_app', 'replace']).optional(),
        confirmedReplace: z.literal(true).optional(),
        language: SignInLanguageSchema.optional(),
      })
      .strict(),
    SignInStartSchema,
  ),
  /** Through the platform: borrows the platform's connection for the customer (e-mail or reference). */
  'accounts:connectThroughPlatform': channel(
    z
      .object({
        customer: z.string().trim().min(1).max(320),
        label: z.string().trim().max(80).optional(),
      })
      .strict(),
    z.object({ accountId: z.string() }),
  ),
  /**
   * Connect for the platform: the customer signs in in the browser under the platform's client and the
   * platform keeps the connection (lost, never made, or missing a consent box: `addMissingScopes`). The
   * result is the sign-in page to open; its end is `accounts:signInFinished` under `signInId`, with the
   * customer then reached through the platform.
   */
  'accounts:connectForPlatform': channel(
    z
      .object({
        customer: z.string().trim().min(1).max(320),
        label: z.string().trim().max(80).optional(),
        addMissingScopes: z.boolean().optional(),
        language: SignInLanguageSchema.optional(),
      })
      .strict(),
    SignInStartSchema,
  ),
  'accounts:cancelSignIn': channel(
    z.object({ signInId: z.string().min(1).max(100) }).strict(),
    z.object({ cancelled: z.boolean() }),
  ),
  'accounts:setLabel': channel(
    z.object({ accountId: AccountIdSchema, label: z.string().trim().min(1).max(80) }).strict(),
    AccountListSchema,
  ),
  'accounts:forget': channel(z.object({ accountId: AccountIdSchema }).strict(), AccountListSchema),
  /** "End site visit": forgets every customer it can and says what it removed and what it kept (and why). */
  'accounts:forgetAll': channel(NoArgs, AccountListSchema.extend({ visit: EndVisitSummarySchema })),
  /** What each present customer's visit has done so far (the page restores its steps from it on load). */
  'accounts:visitProgress': channel(NoArgs, z.object({ accounts: z.array(VisitProgressSchema) })),
  'accounts:setSessionOnly': channel(z.object({ enabled: z.boolean() }).strict(), AccountListSchema),
} as const;
