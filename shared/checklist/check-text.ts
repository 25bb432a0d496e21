// Runs anywhere. The English wording of every check and fix, as an i18next-style catalog: the rules render
// English from it (title, detail, fix) and record the key and values on each check, so the screen can show
// the same message in the user's language (the renderer's en/de catalogs hold this under `checks`).
export const checkTextEn = {
  connection: {
    ok: { title: 'Connected to Tesla', detail: 'The access token is valid until {{expires}} and a refresh token is held, so the connection renews itself.' },
    no_refresh: { title: 'Connected, but it will not renew', detail: 'No refresh token is held: the connection stops working when the access token expires at {{expires}}.' },
    expired: { title: 'Connection expired', detail: 'The access token expired at {{expires}} and no refresh token is held.' },
    rejected: { title: 'Tesla refused the connection', detail: 'Tesla answered {{status}} ({{error}}) even after a token refresh: the grant has expired, was revoked, or the password was changed.' },
    unknown: { title: 'Connection state not known', detail: 'The token’s expiry was not recorded, so the connection cannot be judged.' },
    products_failed: { title: 'Tesla did not list the products', detail: '{{request}} failed ({{reason}}), so no site or vehicle could be checked.' },
  },
  region: {
    ok: { title: 'Region: {{region}}', detail: 'The token says the account lives in region {{region}}, and the Fleet API answered there.' },
    wrong: { title: 'Wrong Fleet API region', detail: 'Tesla answered 421: {{error}}' },
    redirected: { title: 'Region {{region}}, reached by a detour', detail: 'Tesla answered 421 ({{error}}) and the app followed it to the right region. Each check pays one extra request until the account is reconnected.' },
    unknown: { title: 'Region not known', detail: 'The token does not say which region the account is in (no ou_code).' },
  },
  scope: {
    granted: { title: '“{{checkbox}}” allowed', detail: 'The customer ticked “{{checkbox}}” on Tesla’s consent screen.' },
    missing: { title: '“{{checkbox}}” not allowed', detail: 'The customer did not tick “{{checkbox}}” on Tesla’s consent screen. Without it: {{impact}}.' },
    missing_maybe: { title: '“{{checkbox}}” not allowed', detail: 'The customer did not tick “{{checkbox}}”. It could not be confirmed whether this account has products that need it. Without it: {{impact}}.' },
    not_applicable: { title: '“{{checkbox}}”: no {{kind}} on this account', detail: 'The account has no {{kind}}, so this permission does not matter ({{granted}}).' },
    refresh_ok: { title: 'Offline access allowed', detail: 'The grant includes offline_access, so the connection can renew itself without the customer.' },
    refresh_missing: { title: 'Offline access not granted', detail: 'The grant lacks offline_access: no refresh token, so the connection stops when the access token expires (about 8 hours).' },
  },
  impact: {
    energy_read: 'the platform cannot read the Powerwall or solar data',
    energy_commands: 'the platform cannot change backup reserve, operation mode, exports or grid charging',
    vehicle_read: 'the platform cannot see the car or whether its virtual key is paired',
    vehicle_commands: 'the platform cannot send commands (such as charging) to the car',
  },
  kind: { energy: 'energy products', vehicle: 'vehicles' },
  reachable: {
    ok: { title: 'Site answers', detail: 'site_info and live_status both answered. Live data from {{timestamp}} ({{age}} old).' },
    stale: { title: 'Site answers, but the live data is old', detail: 'site_info and live_status answered, but the live data is from {{timestamp}} ({{age}} old): the gateway may be offline.' },
    failed: { title: 'Site does not answer', detail: '{{request}} answered {{status}}: {{reason}}.' },
    unknown: { title: 'Site could not be read', detail: '{{request}}: {{reason}}.' },
  },
  battery: {
    ok: { title: 'Powerwall present ({{count}})', detail: 'Tesla reports a battery at this site: {{count}} unit(s).' },
    none: { title: 'No Powerwall at this site', detail: 'Tesla reports no battery here, so battery charge/discharge commands do not apply to this site.' },
    unknown: { title: 'Battery not known', detail: 'Neither the product list nor site_info said whether this site has a battery: {{reason}}.' },
  },
  permission: {
    ok: { title: 'Permission to Export: Yes', detail: 'non_export_configured is false. (Tesla does not document this field; it is read as the Tesla app’s “Permission to Export”.)' },
    off: { title: 'Permission to Export: No', detail: 'non_export_configured is true: exports are switched off, usually while waiting for permission to operate from the grid operator. (Tesla does not document this field.)' },
    absent: { title: 'Permission to Export: not reported', detail: 'Tesla did not report non_export_configured for this site, so Permission to Export cannot be read. Check it in the Tesla app.' },
  },
  exports: {
    everything: { title: 'Energy Exports: Everything', detail: 'customer_preferred_export_rule is battery_ok: the battery may export to the grid.' },
    solar: { title: 'Energy Exports: Solar only', detail: 'customer_preferred_export_rule is pv_only: only solar may be exported, so the battery cannot discharge to the grid.' },
    never: { title: 'Energy Exports: off', detail: 'customer_preferred_export_rule is never: nothing may be exported.' },
    absent: { title: 'Energy Exports: not reported', detail: 'Tesla did not report customer_preferred_export_rule. Known reasons: the site is in a grid-services (VPP) program, or its firmware or market does not offer the setting.' },
    other: { title: 'Energy Exports: unrecognised value', detail: 'customer_preferred_export_rule is “{{value}}”, which the doctor does not know.' },
  },
  grid_charging: {
    allowed: { title: 'Grid Charging: Yes', detail: 'disallow_charge_from_grid_with_solar_installed is {{value}}: the battery may charge from the grid.' },
    off: { title: 'Grid Charging: No', detail: 'disallow_charge_from_grid_with_solar_installed is true: the battery may not charge from the grid (except when nearly empty).' },
  },
  editable: {
    yes: 'The customer can change this in the Tesla app.',
    no: 'The customer cannot change this in the Tesla app: only Tesla or the installer can.',
    unknown: 'Tesla did not say whether the customer can change this.',
  },
  readiness: {
    ok: { title: 'Battery can take charge and discharge commands now', detail: 'Mode {{mode}}, backup reserve {{reserve}}%, charged {{soc}}%, on grid, no Storm Watch or grid-services event.' },
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
    paired: { title: 'Virtual key paired', detail: 'fleet_status lists {{vin}} as key-paired.' },
    unpaired: { title: 'Virtual key not paired', detail: 'fleet_status lists {{vin}} as unpaired: the platform’s key is not on the car, so the car refuses its commands. (Tesla’s key state can lag behind a fresh pairing.)' },
    neither: { title: 'Virtual key state not known', detail: 'fleet_status lists {{vin}} as neither paired nor unpaired: Tesla does not report it for this account.' },
    unknown: { title: 'Virtual key state not known', detail: '{{reason}}.' },
  },
  protocol: {
    ok: { title: 'Command protocol: {{mode}}', detail: 'Signed commands required: {{required}}; firmware {{firmware}}; access: {{access}}.' },
    driver: { title: 'Driver account: cannot pair a key', detail: 'This account is a driver of {{vin}}, not its owner (access_type DRIVER). Only the owner’s account can pair a virtual key.' },
    unknown: { title: 'Command protocol not known', detail: '{{reason}}.' },
  },
  vehicle_state: {
    online: { title: 'Car online', detail: 'The vehicle list shows the car online.' },
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
    exports_after_pto: {
      summary: 'Leave Energy Exports until Permission to Export is Yes',
      step1: 'This site may not export yet (Permission to Export: No, usually until the utility’s permission to operate): setting Energy Exports now would break the customer’s grid agreement.',
      step2: 'Once Permission to Export is Yes, set Settings > Energy Exports > Everything in the Tesla app and choose “Check again”.',
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
