// Runs anywhere. The `profiles:` area: connection profiles (Demo, or a real Tesla developer application).
// A profile never holds a secret: a Tesla client secret lives in the OS keychain and the page only learns
// whether one is stored.
import { z } from 'zod';
import { FLEET_SCOPES } from '@shared/tesla/scopes';
import { channel, NoArgs } from '../define';

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
  })
  .strict();

export const ProfileSchema = z.discriminatedUnion('kind', [DemoProfileSchema, TeslaProfileSchema]);
export type Profile = z.infer<typeof ProfileSchema>;
export type TeslaProfile = z.infer<typeof TeslaProfileSchema>;

export const ProfileViewSchema = z.object({
  profile: ProfileSchema,
  /** Tesla profiles with a 'secret' credential: is the secret in the keychain? */
  hasClientSecret: z.boolean(),
  /** Can this profile start a sign-in now? Otherwise `missing` says what to add. */
  ready: z.boolean(),
  missing: z.array(z.enum(['client_secret'])),
});
export type ProfileView = z.infer<typeof ProfileViewSchema>;

export const ProfileListSchema = z.object({
  profiles: z.array(ProfileViewSchema),
  activeProfileId: z.string(),
  /** Set when the settings file was unreadable and was moved aside (nothing is deleted). */
  settingsRecovered: z.object({ keptAt: z.string(), problem: z.string() }).nullable(),
});
export type ProfileList = z.infer<typeof ProfileListSchema>;

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
  /** The text of a profiles JSON file (IT rollout); validated in the main process. */
  'profiles:import': channel(z.object({ json: z.string().max(200_000) }).strict(), ProfileListSchema),
} as const;
