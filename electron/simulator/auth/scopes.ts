// Main process (plain Node). Tesla's consent screen: which scope each checkbox grants (reference section 2).

export interface ConsentScope {
  scope: string;
  /** The checkbox label Tesla shows. */
  label: string;
  /** One line under the label, in our words, of what the app may do with it. */
  hint: string;
}

/** In the order Tesla's consent screen lists them. */
export const CONSENT_SCOPES: readonly ConsentScope[] = [
  { scope: 'user_data', label: 'Profile Information', hint: 'Your name, email and region.' },
  { scope: 'vehicle_device_data', label: 'Vehicle Information', hint: 'Vehicle details and status.' },
  { scope: 'vehicle_location', label: 'Vehicle Location', hint: 'Where your vehicle is.' },
  { scope: 'vehicle_cmds', label: 'Vehicle Commands', hint: 'Send commands such as flashing the lights.' },
  { scope: 'vehicle_charging_cmds', label: 'Vehicle Charging Management', hint: 'Start, stop and schedule charging.' },
  { scope: 'energy_device_data', label: 'Energy Product Information', hint: 'Powerwall and solar settings and live data.' },
  { scope: 'energy_cmds', label: 'Energy Product Commands', hint: 'Change Powerwall and solar settings.' },
];

/** Granted with the sign-in itself when requested; they have no checkbox. */
export const SILENT_SCOPES: readonly string[] = ['openid', 'offline_access'];

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
