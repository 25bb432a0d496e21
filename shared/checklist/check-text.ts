// Runs anywhere. The English wording of every check and fix, as an i18next-style catalog: the rules render
// English from it (title, detail, fix) and record the key and values on each check, so the screen can show
// the same message in the user's language (the renderer's en/de catalogs hold this under `checks`).
export const checkTextEn = {
  connection: {
    ok: { title: 'Connected to Tesla', detail: 'The sign-in is valid until {{expires}} and renews itself, so the platform stays connected.' },
    no_refresh: { title: 'Connected, but it will not renew', detail: 'The sign-in cannot renew itself: the connection stops working {{expires}}.' },
    expired: { title: 'Connection expired', detail: 'The sign-in ran out {{expires}} and cannot renew itself.' },
    rejected: { title: 'Tesla refused the connection', detail: 'Tesla answered {{status}} ({{error}}) even after a token refresh: the grant has expired, was revoked, or the password was changed.' },
    unknown: { title: 'Connection state not known', detail: 'When the sign-in runs out was not recorded, so the connection cannot be judged.' },
    products_failed: { title: 'Tesla did not list the products', detail: '{{request}} failed ({{reason}}), so no site or vehicle could be checked.' },
  },
  region: {
    ok: { title: 'Region: {{region}}', detail: 'Tesla keeps this account in region {{region}}, and answered there.' },
    wrong: { title: 'Wrong Fleet API region', detail: 'Tesla answered 421: {{error}}' },
    redirected: { title: 'Region {{region}}, reached by a detour', detail: 'Tesla answered 421 ({{error}}) and the app followed it to the right region. Each check pays one extra request until the account is reconnected.' },
    unknown: { title: 'Region not known', detail: 'The sign-in does not say which region the account is in.' },
  },
  scope: {
    granted: { title: '“{{checkbox}}” allowed', detail: 'The customer ticked “{{checkbox}}” on Tesla’s consent screen.' },
    missing: { title: '“{{checkbox}}” not allowed', detail: 'The customer did not tick “{{checkbox}}” on Tesla’s consent screen. Without it: {{impact}}.' },
    missing_maybe: { title: '“{{checkbox}}” not allowed', detail: 'The customer did not tick “{{checkbox}}”. It could not be confirmed whether this account has products that need it. Without it: {{impact}}.' },
    not_applicable: { title: '“{{checkbox}}”: no {{kind}} on this account', detail: 'The account has no {{kind}}, so this permission does not matter ({{granted}}).' },
    refresh_ok: { title: 'Stays connected without the customer', detail: 'The customer allowed offline access, so the connection renews itself without them.' },
    refresh_missing: { title: 'Offline access not granted', detail: 'Without offline access the connection cannot renew itself and stops when the sign-in runs out (after about 8 hours).' },
  },
  impact: {
    energy_read: 'the platform cannot read the Powerwall or solar data',
    energy_commands: 'the platform cannot change backup reserve, operation mode, exports or grid charging',
    vehicle_read: 'the platform cannot see the car or whether its virtual key is paired',
    vehicle_commands: 'the platform cannot send commands (such as charging) to the car',
  },
  kind: { energy: 'energy products', vehicle: 'vehicles' },
  reachable: {
    ok: { title: 'Site answers', detail: 'The Powerwall’s gateway answers. Live power from {{timestamp}} ({{age}} old).' },
    stale: { title: 'Site answers, but the live data is old', detail: 'The site answers, but its live power is from {{timestamp}} ({{age}} old): the gateway may be offline.' },
    failed: { title: 'Site does not answer', detail: '{{request}} answered {{status}}: {{reason}}.' },
    unknown: { title: 'Site could not be read', detail: '{{request}}: {{reason}}.' },
  },
  battery: {
    ok: { title: 'Powerwall present ({{count}})', detail: 'Tesla reports a battery at this site: {{count}} unit(s).' },
    none: { title: 'No Powerwall at this site', detail: 'Tesla reports no battery here, so battery charge/discharge commands do not apply to this site.' },
    unknown: { title: 'Battery not known', detail: 'Tesla did not say whether this site has a battery: {{reason}}.' },
  },
  permission: {
    ok: { title: 'Permission to Export: Yes', detail: 'The site may export to the grid, as the Tesla app’s “Permission to Export: Yes”. (Read from a field Tesla does not document.)' },
    off: { title: 'Permission to Export: No', detail: 'Exports to the grid are switched off, usually until the utility gives permission to operate. (Read from a field Tesla does not document.)' },
    absent: { title: 'Permission to Export: not reported', detail: 'Tesla did not report Permission to Export for this site. Check it in the Tesla app.' },
  },
  exports: {
    everything: { title: 'Energy Exports: Everything', detail: 'Battery and solar may export to the grid.' },
    solar: { title: 'Energy Exports: Solar only', detail: 'Only solar may be exported, so the battery cannot discharge to the grid.' },
    never: { title: 'Energy Exports: off', detail: 'Nothing may be exported to the grid.' },
    absent: { title: 'Energy Exports: not reported', detail: 'Tesla did not report the Energy Exports setting. Known reasons: the site is in a grid-services (VPP) program, or its firmware or market does not offer the setting.' },
    other: { title: 'Energy Exports: unrecognised value', detail: 'Energy Exports has a value the doctor does not know (“{{value}}”).' },
  },
  grid_charging: {
    allowed: { title: 'Grid Charging: Yes', detail: 'The battery may charge from the grid.' },
    off: { title: 'Grid Charging: No', detail: 'The battery may not charge from the grid (except when nearly empty).' },
  },
  editable: {
    yes: 'The customer can change this in the Tesla app.',
    no: 'The customer cannot change this in the Tesla app: only Tesla or the installer can.',
    unknown: 'Tesla did not say whether the customer can change this.',
  },
  readiness: {
    ok: { title: 'Battery can take charge and discharge commands now', detail: 'Mode: {{mode}}, backup reserve {{reserve}}%, charged {{soc}}%, on grid, no Storm Watch or grid-services event.' },
    limited: { title: 'Battery commands limited right now', detail: '{{reasons}}.' },
    no_scope: { title: 'No permission to command the battery', detail: 'Energy Product Commands is not allowed, so no charge or discharge command can be sent.' },
    unknown: { title: 'Battery readiness not known', detail: '{{reason}}.' },
  },
  reason: {
    off_grid: 'the site is off the grid ({{value}}): no grid charge or export is possible',
    storm: 'Storm Watch is active and overrides the customer’s settings',
    grid_services: 'a grid-services (VPP) event is active and overrides the customer’s settings',
    reserve_cap: 'backup reserve is at the 80% cap, so raising it cannot charge further',
    full: 'the battery is full ({{soc}}%), so a charge can do nothing',
    at_reserve: 'the charge ({{soc}}%) is at or below the backup reserve ({{reserve}}%), so a discharge can do nothing',
    not_configurable: 'Tesla reports the site as not configurable',
    no_battery: 'there is no battery at this site',
  },
  key: {
    paired: { title: 'Virtual key paired', detail: 'The platform’s virtual key is on this car.' },
    unpaired: { title: 'Virtual key not paired', detail: 'The platform’s virtual key is not on this car, so the car refuses its commands. (Tesla can take a few minutes to report a fresh pairing.)' },
    neither: { title: 'Virtual key state not known', detail: 'Tesla does not report for this account whether the platform’s key is on the car.' },
    unknown: { title: 'Virtual key state not known', detail: '{{reason}}.' },
  },
  protocol: {
    ok: { title: 'Command protocol: {{mode}}', detail: 'Signed commands required: {{required}}; firmware {{firmware}}; access: {{access}}.' },
    driver: { title: 'Driver account: cannot pair a key', detail: 'This account is a driver of the car, not its owner. Only the owner’s account can pair a virtual key.' },
    unknown: { title: 'Command protocol not known', detail: '{{reason}}.' },
  },
  vehicle_state: {
    online: { title: 'Car online', detail: 'Tesla shows the car online.' },
    asleep: { title: 'Car asleep (not woken)', detail: 'The car is asleep. That is fine; the doctor never wakes it unless you ask.' },
    offline: { title: 'Car offline', detail: 'The car is offline: it cannot pair a key or take commands until it is back online.' },
    unknown: { title: 'Car state not known', detail: '{{reason}}.' },
  },
  fix: {
    reconnect_scope: {
      summary: 'Reconnect and tick “{{checkbox}}”',
      step1: 'Choose “Reconnect” for this account (the sign-in asks only for the missing permissions).',
      step2: 'Sign in with the customer’s Tesla account.',
      step3: 'On Tesla’s consent screen tick “{{checkbox}}”, then choose “Allow”.',
      step4: 'Or, on the customer’s phone: Tesla Account > Security > Third Party Apps > Manage > Update Access.',
    },
    reconnect: {
      summary: 'Reconnect the account',
      step1: 'Choose “Reconnect” for this account.',
      step2: 'Sign in with the customer’s Tesla account and choose “Allow”.',
      step3: 'If it keeps failing, check that the customer has not removed this app in Tesla Account > Security > Third Party Apps.',
    },
    offline_access: {
      summary: 'Reconnect to get offline access',
      step1: 'Choose “Reconnect” for this account and sign in again.',
      step2: 'Choose “Allow” on Tesla’s consent screen (offline access has no checkbox of its own).',
    },
    region: {
      summary: 'Reconnect so the app uses the account’s region',
      step1: 'Choose “Reconnect” for this account; the app then reads the region from the new token.',
    },
    tesla_app_setting: {
      summary: 'In the Tesla app: {{path}}',
      step1: 'Open the Tesla app on the customer’s phone and select the Powerwall.',
      step2: 'Go to {{path}}.',
      step3: 'Come back here and choose “Check again”.',
    },
    ask_installer: {
      summary: 'Ask Tesla or the installer to enable it ({{setting}})',
      step1: 'The customer cannot change “{{setting}}” in the Tesla app.',
      step2: 'Ask the installer (or Tesla support) to set it to {{target}}.',
      step3: 'Come back here and choose “Check again”.',
    },
    site_unreachable: {
      summary: 'Check the gateway’s internet connection',
      step1: 'Check that the Powerwall’s gateway is online (the Tesla app shows live power flow).',
      step2: 'Then choose “Check again”.',
    },
    retry: {
      summary: 'Try again later',
      step1: 'Tesla did not answer this time; choose “Check again” in a minute.',
    },
    pair_key: {
      summary: 'Pair the platform’s virtual key',
      step1: 'On the customer’s phone, open the Tesla app and select this car.',
      step2: 'Make sure the car is awake (open the app on it, or sit in it).',
      step3: 'Scan the QR code with the phone’s camera (or open the link) and approve adding the key.',
      step4: 'Come back here and choose “Check again”.',
    },
    pair_key_no_domain: {
      summary: 'Pair the platform’s virtual key (partner domain not configured)',
      step1: 'The connection profile has no partner domain, so the pairing link cannot be made.',
      step2: 'Set the platform’s partner domain in the connection profile, then choose “Check again”.',
    },
    owner_account: {
      summary: 'Connect the owner’s Tesla account',
      step1: 'Ask the car’s owner to sign in instead of the driver.',
    },
    wait_online: {
      summary: 'Bring the car online',
      step1: 'Make sure the car has mobile or Wi-Fi reception, then choose “Check again”.',
    },
    wait_event: {
      summary: 'Wait for the event to end, or change the setting',
      step1: 'Storm Watch and grid-services events override the settings; try the commands after the event.',
      step2: 'For a full battery or a battery at its reserve, try again when the charge has changed.',
    },
  },
  /** The Tesla app's names of the operation modes (default_real_mode). */
  operation_mode: { self_consumption: 'Self-Powered', autonomous: 'Time-Based Control', backup: 'Backup only' },
  word: { allowed: 'allowed', not_allowed: 'not allowed', yes: 'yes', no: 'no', signed: 'signed' },
  missing: 'absent',
} as const;

type Catalog = typeof checkTextEn;

function lookup(key: string): string | undefined {
  let node: unknown = checkTextEn;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Resolves parameters that are themselves messages, so they translate too: `fooKey: 'impact.energy_read'`
 * becomes `foo`, and `fooKeys: 'reason.storm;reason.full'` becomes `foo` (joined with '; '). Each such
 * message may use the other parameters. `translate` looks a key up (the renderer passes i18next's).
 */
export function resolveParams(
  params: Record<string, string | number>,
  translate: (key: string, params: Record<string, string | number>) => string,
): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  for (const [name, value] of Object.entries(params)) {
    if (name.endsWith('Keys') && typeof value === 'string') {
      const joined = value.split(';').filter(Boolean).map((k) => translate(k, params)).join('; ');
      out[name.slice(0, -4)] = joined.charAt(0).toUpperCase() + joined.slice(1);
    } else if (name.endsWith('Key') && typeof value === 'string') {
      out[name.slice(0, -3)] = translate(value, params);
    }
  }
  return out;
}

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (name in params ? String(params[name]) : `{{${name}}}`));

/** Looks up a dotted key in the English catalog and fills `{{name}}` placeholders. */
export function renderText(key: string, params: Record<string, string | number> = {}): string {
  const template = lookup(key);
  if (template === undefined) throw new Error(`No check text "${key}"`);
  return fill(template, resolveParams(params, (k, p) => fill(lookup(k) ?? k, p)));
}

export type CheckTextCatalog = Catalog;
