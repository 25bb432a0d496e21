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
    login_required: { title: 'Sign-in no longer valid (login_required)', detail: 'Tesla answered {{status}} login_required: the refresh token was used twice (two apps sharing it), is older than 3 months, or the customer changed the Tesla password.' },
    revoked: { title: 'Access removed in the Tesla account', detail: 'Tesla answered {{status}} ({{error}}): the customer removed the platform under Third Party Apps. The platform’s virtual key stays on the car: reconnect, do not pair again.' },
    owner_api: { title: 'Token from the retired Owner API', detail: 'Tesla answered {{status}} ({{error}}): this is a token for Tesla’s old Owner API, closed to third parties. Only a Fleet API connection works.' },
    blocked: { title: 'Connection not judged: Tesla refused the request', detail: '{{request}} answered {{reason}}. The token itself may be fine: see “{{title}}”.' },
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
    vehicle_location: 'Tesla strips the car’s location from the vehicle data the platform reads',
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
    both: { title: 'Virtual key state contradictory', detail: 'fleet_status lists {{vin}} as both paired and unpaired: Tesla’s answer contradicts itself.' },
    unpaired_unsigned: { title: 'Virtual key state contradictory', detail: 'fleet_status lists {{vin}} as unpaired, yet the car does not require signed commands (command_signing off): the answers contradict each other.' },
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
      summary: 'Set “{{setting}}” to {{target}} in Tesla One (the customer cannot)',
      step1: 'The customer cannot change “{{setting}}” in the Tesla app: it is the site’s permission, set at commissioning.',
      step2: 'In Tesla One (or Powerhub), open this site’s settings and set {{setting}} to {{target}}, where the grid operator’s agreement allows it. Support desk: the certified installer of the site (or Tesla) does this.',
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
    reconnect_keep_key: {
      summary: 'Reconnect the account (do not pair the car again)',
      step1: 'Choose “Reconnect” for this account; the customer signs in and chooses “Allow”.',
      step2: 'Do not open the pairing link again: the car still holds the platform’s virtual key.',
    },
    platform_register: {
      summary: 'The platform must register with Tesla in region {{region}}: nothing to do on site',
      step1: 'On site: nothing to change; the customer’s system and settings are not the cause.',
      step2: 'Support desk: tell the platform to register its app with Tesla (partner account) in region {{region}}, and send Tesla’s answer: {{error}}',
      step3: 'When the platform confirms, choose “Check again”.',
    },
    platform_billing: {
      summary: 'The platform must settle its Tesla developer account: nothing to do on site',
      step1: 'On site: nothing to change; every customer of this platform is stopped the same way.',
      step2: 'Support desk: tell the platform Tesla answers “{{error}}” (its Fleet API billing limit or payment method).',
    },
    platform_fleet_api: {
      summary: 'The platform (or tool) must use the Fleet API',
      step1: 'On site: nothing to change.',
      step2: 'Support desk: tell the platform Tesla refuses its token: “{{error}}”.',
    },
    platform_scope: {
      summary: 'Reconnect; if it stays, the platform’s app lacks {{scope}}',
      step1: 'Choose “Reconnect” so a fresh token carries the customer’s current grant.',
      step2: 'If Tesla still says a scope is missing, tell the platform its app at developer.tesla.com may not have {{scope}} enabled.',
    },
    wait_rate_limit: {
      summary: 'Wait until {{until}}, then check again',
      step1: 'Tesla’s limit is per device and shared by every app that reads this car or site (the platform, Home Assistant, TeslaMate, …).',
      step2: 'After {{until}}, choose “Check again”. If it keeps happening, find out from the customer which other apps read this device.',
    },
    discovery_none: {
      summary: 'Check the Tesla account, or wait for Tesla to link a new system',
      step1: 'Compare the connected account ({{email}}) with the account in which the customer’s Tesla app shows the Powerwall; if they differ, reconnect with that account.',
      step2: 'A newly commissioned system can take days before Tesla lists it for other apps; if the Tesla app shows it and it is still missing after a week, the customer contacts Tesla support.',
    },
    discovery_several: {
      summary: 'Make sure the platform uses the site with the battery',
      step1: 'Sites with a battery: {{battery}}.',
      step2: 'Support desk: tell the platform which energy site to use.',
    },
    tariff_set: {
      summary: 'In the Tesla app: set the utility rate plan',
      step1: 'Tesla app > Powerwall > Settings > Utility Rate Plan: the customer picks the supplier and plan (or enters the prices).',
      step2: 'Come back here and choose “Check again”.',
    },
    mode_tbc: {
      summary: 'In the Tesla app: Operation Mode > Time-Based Control',
      step1: 'Self-Powered and Backup never export the battery; discharges to the grid need Time-Based Control (the platform may switch to it by itself).',
      step2: 'Tesla app > Powerwall > Settings > Operation Mode > Time-Based Control, if the customer agrees.',
    },
    tariff_export: {
      summary: 'Check the rate plan’s export prices',
      step1: 'Under this rate plan no period pays for exports, so Time-Based Control will not export the battery.',
      step2: 'If the customer’s contract pays for exports, the customer enters its export (sell) prices in Tesla app > Utility Rate Plan.',
    },
    grid_services: {
      summary: 'A grid-services program overrides the settings during its events',
      step1: 'While an event runs, the program controls the battery; try commands after it ends.',
      step2: 'The customer sees the program in the Tesla app; leaving it is the customer’s choice.',
    },
    pairing_driver: {
      summary: 'The car’s owner adds the key (or the driver confirms in the car)',
      step1: 'This Tesla account is a driver of the car, not its owner.',
      step2: 'Either the owner opens the pairing link in their own Tesla app, or the driver opens it while sitting in the car and confirms on the touchscreen with the keycard.',
    },
    streaming_on: {
      summary: 'In the car: allow data streaming for third-party apps',
      step1: 'In the car: Controls > Safety > Allow Third-Party App Data Streaming: on (older Model S/X).',
      step2: 'Come back here and choose “Check again”.',
    },
    key_conflict: {
      summary: 'Check again later; if it stays, pair the key once more',
      step1: 'Tesla’s answers about this car’s key contradict each other; the key state can lag after a pairing.',
      step2: 'Choose “Check again” in a few minutes; if it stays, the customer opens the pairing link once more.',
    },
    wait_event: {
      summary: 'Wait for the event to end, or change the setting',
      step1: 'Storm Watch and grid-services events override the settings; try the commands after the event.',
      step2: 'For a full battery or a battery at its reserve, try again when the charge has changed.',
    },
  },
  blocked_by: { partner: 'Platform registration', app_status: 'Platform’s Tesla app', rate_limit: 'Rate limit' },
  partner: {
    ok: { title: 'Platform registered with Tesla', detail: 'Tesla answered the platform’s requests for this account, so its app is registered in this region.' },
    not_registered: { title: 'Platform not registered with Tesla in region {{region}}', detail: 'Tesla answered 412: “{{error}}”. The platform never registered its app (partner account) in this region. Nobody on site can fix this: the platform must.' },
    key_download: { title: 'Tesla could not fetch the platform’s public key', detail: 'Tesla answered 424: “{{error}}”. The platform must serve its public key and register again; nothing on site changes it.' },
    unknown: { title: 'Platform registration not known', detail: 'No request got an answer from Tesla ({{reason}}).' },
  },
  app_status: {
    ok: { title: 'Platform’s Tesla app active', detail: 'Tesla answered the platform’s requests: its app is not suspended and uses the Fleet API.' },
    exceeded: { title: 'Platform’s Tesla app suspended (billing limit)', detail: 'Tesla answered 403 “{{error}}”: the platform’s app went over its Fleet API billing limit, which stops every customer of this platform at once. Nothing on this site is wrong.' },
    owner_api: { title: 'Token from the retired Owner API', detail: 'Tesla answered {{status}} “{{error}}”: the request used Tesla’s old Owner API, closed to third parties. Only Fleet API tokens work.' },
    payment: { title: 'Payment required', detail: 'Tesla answered 402 “{{error}}”: the platform’s account must be paid before Tesla answers.' },
    scope_mismatch: { title: 'Tesla says a permission is missing that the token holds', detail: 'Tesla answered 403 “{{error}}” to {{request}}, although the token’s granted scopes include {{scope}}. This is not a box the customer forgot: the grant may have changed since this token was issued, or the platform’s app is not allowed that scope.' },
    unknown: { title: 'Platform’s app status not known', detail: 'No request got an answer from Tesla ({{reason}}).' },
  },
  rate_limit: {
    ok: { title: 'No rate limit hit', detail: 'No request was refused for too many requests.' },
    waiting: { title: 'Tesla asks to wait until {{until}}', detail: 'Tesla answered 429 to {{request}}: too many requests for this device. The limit is shared with other apps on this device (the platform, Home Assistant, …). Checks that needed this answer are unknown until then.' },
    waiting_no_time: { title: 'Tesla asks to wait', detail: 'Tesla answered 429 to {{request}} without saying until when. The limit is shared with other apps on this device. Checks that needed this answer are unknown.' },
  },
  discovery: {
    ok: { title: 'Energy site found: {{site}}', detail: 'Tesla lists one energy site with a battery for this account.' },
    none: { title: 'No energy site on this account', detail: 'Tesla lists no energy site for the connected account ({{email}}). It may be the wrong Tesla account, or a newly installed system Tesla has not linked yet (this can take days).' },
    several: { title: '{{count}} energy sites on this account', detail: 'Tesla lists {{count}} energy sites. Sites with a battery: {{battery}}. The platform must use the right one.' },
    wall_connector: { title: 'Only a Wall Connector on this account', detail: 'Tesla lists only a Wall Connector as energy product (no Powerwall, no solar) for the connected account ({{email}}).' },
    no_battery: { title: 'No energy site with a battery', detail: 'Tesla lists {{count}} energy site(s), none with a battery.' },
    unknown: { title: 'Energy sites not known', detail: '{{reason}}.' },
  },
  tariff: {
    tbc_ok: { title: 'Time-Based Control with a rate plan', detail: 'Operation mode autonomous (Time-Based Control); the rate plan’s periods: {{periods}}.' },
    tbc_no_tariff: { title: 'Time-Based Control without a rate plan', detail: 'Operation mode {{mode}}, but Tesla reports no utility rate plan for this site: Tesla refuses Time-Based Control without one (410) and cannot plan charges or exports.' },
    refused: { title: 'Tesla refused Time-Based Control (410)', detail: 'Tesla answered 410 to {{request}}: the site has no utility rate plan, which Time-Based Control needs.' },
    self_powered: { title: 'Self-Powered, with a rate plan', detail: 'Operation mode self_consumption (Self-Powered): the battery covers the home and never exports to the grid. A rate plan is set ({{periods}}), so the platform can switch to Time-Based Control for a discharge.' },
    self_powered_no_tariff: { title: 'Self-Powered, and no rate plan for Time-Based Control', detail: 'Operation mode self_consumption (Self-Powered): the battery never exports, and without a utility rate plan Tesla refuses Time-Based Control (410), so the platform cannot make the battery discharge to the grid.' },
    backup: { title: 'Backup only: the battery stays full', detail: 'Operation mode backup: the battery is kept for outages and neither discharges nor exports.' },
    no_export_value: { title: 'No period where exporting pays', detail: 'Time-Based Control is on, but under the rate plan no period pays for exports ({{periods}}), so the battery will not export.' },
    other: { title: 'Operation mode: {{mode}}', detail: 'Tesla reports operation mode “{{mode}}”, which the doctor does not know.' },
    unknown: { title: 'Mode and rate plan not known', detail: '{{reason}}.' },
  },
  grid_services: {
    off: { title: 'Not in a grid-services program', detail: 'components.grid_services_enabled is {{value}}: no VPP or grid-services program overrides the settings.' },
    enrolled: { title: 'Enrolled in a grid-services (VPP) program', detail: 'The site takes part in a grid-services program: during its events the program controls the battery and overrides the customer’s and the platform’s settings. No event is active now.' },
    active: { title: 'Grid-services event active now', detail: 'A grid-services (VPP) event is running now: the program controls the battery until it ends.' },
    unknown: { title: 'Grid services not known', detail: '{{reason}}.' },
  },
  pairing: {
    owner: { title: 'Owner account: can add the key', detail: 'The connected account is the car’s owner (access_type OWNER). The Tesla app used to open the pairing link must be signed in to this same account.' },
    driver: { title: 'Driver account: cannot add the key alone', detail: 'The connected account is a driver of {{vin}} (access_type DRIVER), not its owner: the owner adds the key, or the driver completes the in-car keycard step. The Tesla app must be signed in to the account that gave consent.' },
    unknown: { title: 'Account role not reported', detail: 'Tesla did not report access_type for this car. The Tesla app used for pairing must be signed in to the account that gave consent.' },
  },
  streaming: {
    ok: { title: 'Data streaming allowed', detail: 'fleet_status reports safety_screen_streaming_toggle_enabled true for this car.' },
    off: { title: 'Data streaming switched off in the car', detail: 'This older Model S/X reports safety_screen_streaming_toggle_enabled false: it shares no data with third-party apps until the toggle is on.' },
    not_applicable: { title: 'No streaming toggle on this car', detail: 'Tesla reports the streaming toggle only for older Model S/X; this car has none.' },
    unknown: { title: 'Streaming toggle not known', detail: '{{reason}}.' },
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
