// Runs anywhere. The `profiles:` area: connection profiles (Demo, or a real Tesla developer application).
// A profile never holds a secret: a Tesla client secret lives in the OS keychain and the page only learns
// whether one is stored.
import { z } from 'zod';
import { FLEET_SCOPES } from '@shared/tesla/scopes';
import { channel, NoArgs } from '../define';
import { ConnectWaySchema } from './accounts';

/** Every Fleet API scope the doctor can use; asked for by default. */
export const ALL_SCOPES = FLEET_SCOPES;
export const ScopeSchema = z.enum(ALL_SCOPES);

const ProfileIdSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes');

/** A redirect URI Tesla may call back: loopback http on 127.0.0.1/localhost, https, or the app's own scheme. */
export const RedirectUriSchema = z
  .string()
  .max(500)
  .refine((value) => {
    try {
      const u = new URL(value);
      if (u.protocol === 'https:') return true;
      if (u.protocol === 'http:') return u.hostname === '127.0.0.1' || u.hostname === 'localhost';
      return u.protocol === 'com.teslaconnectdoctor.app:';
    } catch {
      return false;
    }
  }, 'must be http://127.0.0.1:<port>/..., https://... or com.teslaconnectdoctor.app://...');

const HttpsUrlSchema = z
  .string()
  .max(500)
  .refine((v) => {
    try {
      return new URL(v).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an https:// address');

/** A partner domain as registered with Tesla (a host name, no scheme or path). */
const DomainSchema = z
  .string()
  .min(3)
  .max(253)
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i,
    'must be a host name such as example.com',
  );

/**
 * The address of an energy platform's connection API (README "Platform connection API"): https, or plain
 * http to a simulator on this computer only, since the support agent's key travels to it.
 */
export const PlatformUrlSchema = z
  .string()
  .max(500)
  .refine((v) => {
    try {
      const u = new URL(v);
      if (u.username || u.password || u.hash) return false;
      if (u.protocol === 'https:') return true;
      return u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost');
    } catch {
      return false;
    }
  }, 'must be an https:// address (or http://127.0.0.1 for a simulator), without a user name, password or #');

export const DemoProfileSchema = z
  .object({
    id: z.literal('demo'),
    kind: z.literal('demo'),
    name: z.string().min(1).max(80),
    /** How the simulator's sign-in returns to the app. */
    callback: z.enum(['loopback', 'deep-link']),
  })
  .strict();

export const TeslaProfileSchema = z
  .object({
    id: ProfileIdSchema.refine((id) => id !== 'demo', 'the id "demo" is taken by the Demo profile'),
    kind: z.literal('tesla'),
    name: z.string().min(1).max(80),
    clientId: z
      .string()
      .min(8)
      .max(100)
      .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash and underscore only'),
    redirectUri: RedirectUriSchema,
    /** The partner domain behind the key-pairing link https://tesla.com/_ak/<domain>. */
    partnerDomain: DomainSchema,
    /** 'secret': a client secret typed in once and kept in the OS keychain; 'broker': a server does the code exchange. */
    credential: z.discriminatedUnion('type', [
      z.object({ type: z.literal('secret') }).strict(),
      z.object({ type: z.literal('broker'), brokerUrl: HttpsUrlSchema }).strict(),
    ]),
    scopes: z.array(ScopeSchema).min(1).optional(),
    /**
     * How the doctor reaches customers (issue 22). `platform`: borrows the platform's own connection (the
     * client id above is the platform's, used only for a confirmed replace); `own_app`: the client id is the
     * doctor's own app (the installer company's); `replace`: the client id is the platform's, and a sign-in
     * signs the customer out of the platform. Absent: a profile from before the ways had names, a sign-in.
     */
    way: ConnectWaySchema.optional(),
    /** The platform's connection API and its name as shown. The agent key lives in the OS keychain. */
    platform: z
      .object({ url: PlatformUrlSchema, name: z.string().trim().min(1).max(80) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((p) => p.way !== 'platform' || p.platform !== undefined, {
    message: 'through the platform needs the platform’s address and name',
    path: ['platform'],
  });

export const ProfileSchema = z.discriminatedUnion('kind', [DemoProfileSchema, TeslaProfileSchema]);
export type Profile = z.infer<typeof ProfileSchema>;
export type TeslaProfile = z.infer<typeof TeslaProfileSchema>;

export const ProfileViewSchema = z.object({
  profile: ProfileSchema,
  /** Tesla profiles with a 'secret' credential: is the secret in the keychain? */
  hasClientSecret: z.boolean(),
  /** Can this profile start a sign-in now? Otherwise `missing` says what to add. */
  ready: z.boolean(),
  missing: z.array(z.enum(['client_secret', 'agent_key'])),
  /** The way in the profile uses (the Demo profile: through its demo platform). */
  way: ConnectWaySchema.optional(),
  /** A profile with a platform: is the support agent's key in the keychain? (never the key itself) */
  hasAgentKey: z.boolean().optional(),
});
export type ProfileView = z.infer<typeof ProfileViewSchema>;

export const ProfileListSchema = z.object({
  profiles: z.array(ProfileViewSchema),
  activeProfileId: z.string(),
  /** Set when the settings file was unreadable and was moved aside (nothing is deleted). */
  settingsRecovered: z.object({ keptAt: z.string(), problem: z.string() }).nullable(),
});
export type ProfileList = z.infer<typeof ProfileListSchema>;

/** What "Test the platform" found: `ok`, or what is wrong (the page words it and says who fixes it). */
export const PlatformTestSchema = z.object({
  outcome: z.enum(['ok', 'no_platform', 'no_key', 'key_invalid', 'forbidden', 'unreachable', 'not_platform']),
  /** The platform's host (never the key). */
  host: z.string().max(300),
  /** `not_platform`: the HTTP status it answered (0: not JSON of a platform). */
  status: z.number().int().optional(),
});
export type PlatformTest = z.infer<typeof PlatformTestSchema>;

export const profilesChannels = {
  'profiles:list': channel(NoArgs, ProfileListSchema),
  'profiles:save': channel(z.object({ profile: TeslaProfileSchema }).strict(), ProfileListSchema),
  'profiles:remove': channel(z.object({ id: z.string().min(1).max(40) }).strict(), ProfileListSchema),
  'profiles:select': channel(z.object({ id: z.string().min(1).max(40) }).strict(), ProfileListSchema),
  'profiles:setDemoCallback': channel(
    z.object({ callback: z.enum(['loopback', 'deep-link']) }).strict(),
    ProfileListSchema,
  ),
  /** Typed once by an administrator; goes straight to the keychain and never comes back. */
  'profiles:setClientSecret': channel(
    z.object({ id: z.string().min(1).max(40), secret: z.string().min(8).max(500) }).strict(),
    ProfileListSchema,
  ),
  'profiles:clearClientSecret': channel(z.object({ id: z.string().min(1).max(40) }).strict(), ProfileListSchema),
  /** The support agent's key for the profile's platform: to the keychain, never back to the page. */
  'profiles:setAgentKey': channel(
    z.object({ id: z.string().min(1).max(40), key: z.string().trim().min(8).max(500) }).strict(),
    ProfileListSchema,
  ),
  'profiles:clearAgentKey': channel(z.object({ id: z.string().min(1).max(40) }).strict(), ProfileListSchema),
  /** Calls the profile's platform with the stored key and says plainly what is wrong, if anything. */
  'profiles:testPlatform': channel(z.object({ id: z.string().min(1).max(40) }).strict(), PlatformTestSchema),
  /** The text of a profiles JSON file (IT rollout); validated in the main process. */
  'profiles:import': channel(z.object({ json: z.string().max(200_000) }).strict(), ProfileListSchema),
} as const;
