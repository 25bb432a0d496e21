// Main process (plain Node). Tesla's consent screen: which scope each checkbox grants (reference section 2).
import { CONSENT_LABELS, SILENT_SCOPES as SHARED_SILENT } from '@shared/tesla/scopes';

export interface ConsentScope {
  scope: string;
  /** The checkbox label Tesla shows. */
  label: string;
  /** One line under the label, in our words, of what the app may do with it. */
  hint: string;
}

const HINTS: Record<keyof typeof CONSENT_LABELS, string> = {
  user_data: 'Your name, email and region.',
  vehicle_device_data: 'Vehicle details and status.',
  vehicle_location: 'Where your vehicle is.',
  vehicle_cmds: 'Send commands such as flashing the lights.',
  vehicle_charging_cmds: 'Start, stop and schedule charging.',
  energy_device_data: 'Powerwall and solar settings and live data.',
  energy_cmds: 'Change Powerwall and solar settings.',
};

/** In the order Tesla's consent screen lists them (labels from shared/tesla/scopes.ts). */
export const CONSENT_SCOPES: readonly ConsentScope[] = (
  Object.keys(CONSENT_LABELS) as (keyof typeof CONSENT_LABELS)[]
).map((scope) => ({
  scope,
  label: CONSENT_LABELS[scope],
  hint: HINTS[scope],
}));

/** Granted with the sign-in itself when requested; they have no checkbox. */
export const SILENT_SCOPES: readonly string[] = SHARED_SILENT;

const consentSet = new Set(CONSENT_SCOPES.map((c) => c.scope));

export function isConsentScope(scope: string): boolean {
  return consentSet.has(scope);
}

/** Splits a space-separated `scope` parameter, dropping empties and duplicates, keeping order. */
export function parseScopeParam(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/\s+/).filter((s) => s.length > 0))];
}

/** The consent scopes among `scopes`, in the consent screen's order. */
export function consentScopesOf(scopes: Iterable<string>): string[] {
  const wanted = new Set(scopes);
  return CONSENT_SCOPES.map((c) => c.scope).filter((s) => wanted.has(s));
}

/** What a sign-in grants: the silent scopes that were requested, then the granted consent scopes that were requested. */
export function grantedForRequest(requested: readonly string[], consented: Iterable<string>): string[] {
  const consentedSet = new Set(consented);
  return [
    ...SILENT_SCOPES.filter((s) => requested.includes(s)),
    ...consentScopesOf(requested).filter((s) => consentedSet.has(s)),
  ];
}
