// Runs anywhere. The English text catalogue: every word the app shows, prints or exports, by key. The
// screen reads it through i18next (loaded on demand, renderer/src/i18n), the report and the terminal
// through i18next instances of their own (shared/text/languages.ts). Every other language (de.ts) has exactly these keys: the unit test
// test/unit/shared/text/catalogue.test.ts fails on a key missing in a language or a key nothing uses.
// `checks.*` is what the checklist rules name (they record a key and its values, never a sentence).
import { CONSENT_LABELS } from '../tesla/scopes';
export const en = {
  checklist: {
    heading: 'Check the connection',
    intro:
      'Can the platform read and command the devices of {{customer}}? What is left to fix comes first, with who fixes it and how.',
    noAccount: 'Connect a customer first (step Connect).',
    way: 'Way in: {{way}}.',
    wayOwnApp:
      'The platform’s permissions and virtual key are not judged: the customer signed in to the doctor’s own app.',
    fixHeading: 'Fix what blocks the platform',
    fixIntro: 'Everything left to fix for {{customer}}, by who does it. After a fix, choose “Check again” on its item.',
    toFix_one: '{{count}} thing to fix',
    toFix_other: '{{count}} things to fix',
    nothingToFix: 'Nothing to fix',
    passed_one: '{{count}} check passed',
    passed_other: '{{count}} checks passed',
    fixer: {
      on_site: 'You, on site',
      customer: 'The customer, in the Tesla app',
      platform: 'The platform',
      tesla: 'Tesla',
      waiting: 'Waiting: nobody fixes this today',
    },
    notChecked_one: '{{count}} check not checked yet',
    notChecked_other: '{{count}} checks not checked yet',
    subjectOf: '· {{name}}',
    subject: { account: 'Customer {{n}}', site: 'Energy site {{n}}', vehicle: 'Car {{n}}' },
    run: 'Run the checklist',
    runAgain: 'Run the checklist again',
    running: 'Checking… {{done}} of {{total}} reads done',
    notRun: 'The checklist has not run for this customer yet. It reads from Tesla without waking any car.',
    verdicts: {
      heading: 'Verdicts',
      charge: 'Ready to charge the battery from the grid',
      discharge: 'Ready to discharge the battery to the grid',
      vehicle: 'Ready for vehicle commands',
      yes: 'Yes',
      no: 'No',
      notYet: 'Not yet',
      blockedBy: 'Blocked by:',
      waitingFor: 'Waiting for (nobody fixes this today):',
      noBattery: 'No Powerwall was found on this account.',
      noVehicle: 'No vehicle was found on this account.',
    },
    status: {
      pass: 'Pass',
      warn: 'Warning',
      fail: 'Fail',
      unknown: 'Unknown',
      not_applicable: 'Not applicable',
      not_checked: 'Not checked',
    },
    evidence: { summary: 'Evidence ({{count}})', source: 'Request', field: 'Field', value: 'Value', absent: 'absent' },
    fix: {
      heading: 'Fix',
      copy: 'Copy the fix',
      copied: 'Fix copied to the clipboard.',
      copyFailed: 'Could not copy; select the text instead.',
      reconnect: 'Reconnect this customer',
      who: 'Who does it: {{who}}',
      actor: {
        customer: 'the customer, in the Tesla app or at the car',
        installer: 'you, on site or in Tesla One / Powerhub',
        platform: 'the energy platform (its Tesla developer account); nobody on site can fix this',
        tesla: 'Tesla',
        app: 'this app: check again',
        wait: 'nobody: it passes by itself',
      },
    },
    pairing: {
      heading: 'Scan with the customer’s phone',
      alt: 'QR code of the pairing link {{url}}',
      link: 'Pairing link',
    },
    recheck: 'Check again',
    rechecking: 'Checking…',
    usage:
      'Fleet API requests: {{requests}} (no wake-ups: {{wakes}}) · estimated cost {{cost, currency(currency: USD; minimumFractionDigits: 3; maximumFractionDigits: 3)}}',
  },
  checks: {
    reach: {
      ok: { title: 'Tesla’s Fleet API answers', detail: 'The Fleet API answered this laptop’s requests.' },
      no_answer: {
        title: 'Tesla’s Fleet API does not answer',
        detail:
          'No answer at all to {{request}} or any other request (no network, a name that does not resolve, a blocked or inspected TLS connection, or a timeout). Nothing after this could be checked.',
      },
      unknown: { title: 'Whether Tesla answers is not known', detail: 'No request was sent.' },
    },
    connection: {
      ok: {
        title: 'Connected to Tesla',
        detail: 'The sign-in is valid until {{expires}} and renews itself, so the platform stays connected.',
      },
      borrowed: {
        title: 'Connected through the platform',
        detail:
          'The platform holds this connection and renews it itself; the doctor borrowed an access token valid until {{expires}} and keeps nothing.',
      },
      no_refresh: {
        title: 'Connected, but it will not renew',
        detail: 'The sign-in cannot renew itself: the connection stops working {{expires}}.',
      },
      expired: { title: 'Connection expired', detail: 'The sign-in ran out {{expires}} and cannot renew itself.' },
      rejected: {
        title: 'Tesla refused the connection',
        detail:
          'Tesla answered {{status}} ({{error}}) even after a token refresh: the grant has expired, was revoked, or the password was changed.',
      },
      unknown: {
        title: 'Connection state not known',
        detail: 'When the sign-in runs out was not recorded, so the connection cannot be judged.',
      },
      products_failed: {
        title: 'Tesla did not list the products',
        detail: '{{request}} failed ({{reason}}), so no site or vehicle could be checked.',
      },
      login_required: {
        title: 'Connection replaced by another sign-in (login_required)',
        detail:
          'Tesla answered {{status}} login_required: another sign-in with this app replaced this connection (a second account at the platform, or a tool that signed in again). Less often: the refresh token was used twice, is older than 3 months, or the customer changed the Tesla password.',
      },
      revoked: {
        title: 'Access removed in the Tesla account',
        detail:
          'Tesla answered {{status}} ({{error}}): the customer removed the platform under Third Party Apps. The platform’s virtual key stays on the car: reconnect, do not pair again.',
      },
      owner_api: {
        title: 'Token from the retired Owner API',
        detail:
          'Tesla answered {{status}} ({{error}}): this is a token for Tesla’s old Owner API, closed to third parties. Only a Fleet API connection works.',
      },
      blocked: {
        title: 'Connection not judged: Tesla refused the request',
        detail: '{{request}} answered {{reason}}. The token itself may be fine: see “{{title}}”.',
      },
    },
    region: {
      ok: { title: 'Region: {{region}}', detail: 'Tesla keeps this account in region {{region}}, and answered there.' },
      wrong: { title: 'Wrong Fleet API region', detail: 'Tesla answered 421: {{error}}' },
      redirected: {
        title: 'Region {{region}}, reached by a detour',
        detail:
          'Tesla answered 421 ({{error}}) and the app followed it to the right region. Each check pays one extra request until the account is reconnected.',
      },
      unknown: { title: 'Region not known', detail: 'The sign-in does not say which region the account is in.' },
    },
    scope: {
      granted: {
        title: '“{{checkbox}}” allowed',
        detail: 'The customer ticked “{{checkbox}}” on Tesla’s consent screen.',
      },
      missing: {
        title: '“{{checkbox}}” not allowed',
        detail: 'The customer did not tick “{{checkbox}}” on Tesla’s consent screen. Without it: {{impact}}.',
      },
      missing_maybe: {
        title: '“{{checkbox}}” not allowed',
        detail:
          'The customer did not tick “{{checkbox}}”. It could not be confirmed whether this account has products that need it. Without it: {{impact}}.',
      },
      not_applicable: {
        title: '“{{checkbox}}”: no {{kind}} on this account',
        detail: 'The account has no {{kind}}, so this permission does not matter ({{granted}}).',
      },
      refresh_ok: {
        title: 'Stays connected without the customer',
        detail: 'The customer allowed offline access, so the connection renews itself without them.',
      },
      refresh_missing: {
        title: 'Offline access not granted',
        detail:
          'Without offline access the connection cannot renew itself and stops when the sign-in runs out (after about 8 hours).',
      },
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
      ok: {
        title: 'Site answers',
        detail: 'The Powerwall’s gateway answers. Live power from {{timestamp}} ({{age}} old).',
      },
      stale: {
        title: 'Site answers, but the live data is old',
        detail: 'The site answers, but its live power is from {{timestamp}} ({{age}} old): the gateway may be offline.',
      },
      failed: { title: 'Site does not answer', detail: '{{request}} answered {{status}}: {{reason}}.' },
      unknown: { title: 'Site could not be read', detail: '{{request}}: {{reason}}.' },
    },
    battery: {
      ok: {
        title: 'Powerwall present ({{count}})',
        detail: 'Tesla reports a battery at this site: {{count}} unit(s).',
      },
      none: {
        title: 'No Powerwall at this site',
        detail: 'Tesla reports no battery here, so battery charge/discharge commands do not apply to this site.',
      },
      unknown: { title: 'Battery not known', detail: 'Tesla did not say whether this site has a battery: {{reason}}.' },
    },
    permission: {
      ok: {
        title: 'Permission to Export: Yes',
        detail:
          'The site may export to the grid, as the Tesla app’s “Permission to Export: Yes”. (Read from a field Tesla does not document.)',
      },
      off: {
        title: 'Permission to Export: No',
        detail:
          'Exports to the grid are switched off, usually until the utility gives permission to operate. (Read from a field Tesla does not document.)',
      },
      absent: {
        title: 'Permission to Export: not reported',
        detail: 'Tesla did not report Permission to Export for this site. Check it in the Tesla app.',
      },
    },
    exports: {
      everything: { title: 'Energy Exports: Everything', detail: 'Battery and solar may export to the grid.' },
      solar: {
        title: 'Energy Exports: Solar only',
        detail: 'Only solar may be exported, so the battery cannot discharge to the grid.',
      },
      never: { title: 'Energy Exports: off', detail: 'Nothing may be exported to the grid.' },
      never_pre_pto: {
        title: 'Energy Exports: off, as it should be for now',
        detail:
          'Nothing may be exported before the utility’s permission to operate (Permission to Export: No). Set Energy Exports once that permission is granted.',
      },
      absent: {
        title: 'Energy Exports: not reported',
        detail:
          'Tesla did not report the Energy Exports setting. Known reasons: the site is in a grid-services (VPP) program, or its firmware or market does not offer the setting.',
      },
      other: {
        title: 'Energy Exports: unrecognised value',
        detail: 'Energy Exports has a value the doctor does not know (“{{value}}”).',
      },
    },
    grid_charging: {
      allowed: { title: 'Grid Charging: Yes', detail: 'The battery may charge from the grid.' },
      off: {
        title: 'Grid Charging: No',
        detail: 'The battery may not charge from the grid (except when nearly empty).',
      },
    },
    readiness: {
      ok: {
        title: 'Battery can take charge and discharge commands now',
        detail:
          'Mode: {{mode}}, backup reserve {{reserve}}%, charged {{soc}}%, on grid, no Storm Watch or grid-services event.',
      },
      limited: { title: 'Battery commands limited right now', detail: '{{reasons}}.' },
      no_scope: {
        title: 'No permission to command the battery',
        detail: 'Energy Product Commands is not allowed, so no charge or discharge command can be sent.',
      },
      unknown: { title: 'Battery readiness not known', detail: '{{reason}}.' },
      unread: { title: 'Battery readiness not known', detail: '{{request}}: {{reason}}.' },
    },
    reason: {
      off_grid: 'the site is off the grid ({{value}}): no grid charge or export is possible',
      storm: 'Storm Watch is active and overrides the customer’s settings',
      grid_services: 'a grid-services (VPP) event is active and overrides the customer’s settings',
      reserve_cap: 'backup reserve is at the 80% cap, so raising it cannot charge further',
      full: 'the battery is full ({{soc}}%), so a charge can do nothing',
      at_reserve:
        'the charge ({{soc}}%) is at or below the backup reserve ({{reserve}}%), so a discharge can do nothing',
      not_configurable: 'Tesla reports the site as not configurable',
      no_battery: 'there is no battery at this site',
    },
    key: {
      paired: { title: 'Virtual key paired', detail: 'The platform’s virtual key is on this car.' },
      unpaired: {
        title: 'Virtual key not paired',
        detail:
          'The platform’s virtual key is not on this car, so the car refuses its commands. (Tesla can take a few minutes to report a fresh pairing.)',
      },
      neither: {
        title: 'Virtual key state not known',
        detail: 'Tesla does not report for this account whether the platform’s key is on the car.',
      },
      unknown: { title: 'Virtual key state not known', detail: '{{reason}}.' },
      both: {
        title: 'Virtual key state contradictory',
        detail: 'Tesla lists this car both with and without the platform’s key: its answer contradicts itself.',
      },
      unpaired_unsigned: {
        title: 'Virtual key state contradictory',
        detail:
          'Tesla lists this car without the platform’s key, yet says the car does not require signed commands: the answers contradict each other.',
      },
    },
    protocol: {
      ok: {
        title: 'Command protocol: {{mode}}',
        detail: 'Signed commands required: {{required}}; firmware {{firmware}}; access: {{access}}.',
      },
      unknown: { title: 'Command protocol not known', detail: '{{reason}}.' },
    },
    vehicle_state: {
      online: { title: 'Car online', detail: 'Tesla shows the car online.' },
      asleep: {
        title: 'Car asleep (not woken)',
        detail: 'The car is asleep. That is fine; the doctor never wakes it unless you ask.',
      },
      offline: {
        title: 'Car offline',
        detail: 'The car is offline: it cannot pair a key or take commands until it is back online.',
      },
      unknown: { title: 'Car state not known', detail: '{{reason}}.' },
    },
    age: { minutes: '{{minutes}} min', hours: '{{hours}} h {{minutes}} min', days: '{{days}} days' },
    input: {
      not_read: 'not read',
      no_answer: 'no answer from Tesla (network error or timeout)',
      bad_shape: 'the answer was not in the expected shape',
      no_scope: 'not read: the grant lacks “{{checkbox}}”',
      token_not_accepted: 'token not accepted',
      fleet_status_no_scope: 'fleet_status needs “{{checkbox}}”',
      request_failed: '{{request}}: {{failure}}',
      no_protocol_info: 'Tesla reported neither vehicle_info nor command_signing for this car',
      no_vehicle_state: 'the vehicle list did not report a state',
    },
    note: {
      reason: '{{reason}}',
      inferred: 'inferred: Tesla does not document this field',
      editable_yes: 'The customer can change this in the Tesla app. (inferred: Tesla does not document this field)',
      editable_no:
        'The customer cannot change this in the Tesla app: only Tesla or the installer can. (inferred: Tesla does not document this field)',
      editable_unknown:
        'Tesla did not say whether the customer can change this. (inferred: Tesla does not document this field)',
      grid_charging_inverted: 'absent or false means grid charging is allowed',
      needs_scopes_one: 'needs {{scopes}}',
      needs_scopes_other: 'needs one of {{scopes}}',
    },
    setting: {
      permission_to_export: {
        name: 'Permission to Export',
        path: 'Settings > Permission to Export > Yes',
        target: 'Yes',
      },
      energy_exports: { name: 'Energy Exports', path: 'Settings > Energy Exports > Everything', target: 'Everything' },
      grid_charging: { name: 'Grid Charging', path: 'Settings > Grid Charging > Yes', target: 'Yes' },
    },
    link: { reconnect: 'Reconnect', consent: 'Manage consent', pairing: 'Pairing link', docs: 'Documentation' },
    fix: {
      reconnect_scope: {
        summary: 'Reconnect and tick “{{checkbox}}”',
        step1: 'Choose “Reconnect” for this account (the sign-in asks only for the missing permissions).',
        step2: 'Sign in with the customer’s Tesla account.',
        step3: 'On Tesla’s consent screen tick “{{checkbox}}”, then choose “Allow”.',
        step4: 'Or, on the customer’s phone: Tesla Account > Security > Third Party Apps > Manage > Update Access.',
      },
      check_network: {
        summary: 'Get this laptop online to Tesla, then check again — nothing is known about the site yet',
        step1:
          'Open a Tesla web page in the browser; on a site or phone hotspot, try another network (a firewall or TLS inspection may block fleet-api.prd.*.vn.cloud.tesla.com).',
        step2: 'Then choose “Check again”.',
      },
      reconnect: {
        summary: 'Reconnect the account',
        step1: 'Choose “Reconnect” for this account.',
        step2: 'Sign in with the customer’s Tesla account and choose “Allow”.',
        step3:
          'If it keeps failing, check that the customer has not removed this app in Tesla Account > Security > Third Party Apps.',
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
        step1:
          'The customer cannot change “{{setting}}” in the Tesla app: it is the site’s permission, set at commissioning.',
        step2:
          'In Tesla One (or Powerhub), open this site’s settings and set {{setting}} to {{target}}, where the grid operator’s agreement allows it. Support desk: the certified installer of the site (or Tesla) does this.',
        step3: 'Come back here and choose “Check again”.',
      },
      pto_then_export: {
        summary: 'Once the utility has granted permission to operate, set “{{setting}}” to {{target}} in Tesla One',
        step1: 'Until then, exports stay off by design: nothing to fix today. Charging from the grid works as it is.',
        step2:
          'When the utility’s permission to operate arrives, the installer sets {{setting}} to {{target}} in Tesla One (or Powerhub), then chooses “Check again”.',
      },
      exports_after_pto: {
        summary: 'Leave Energy Exports until Permission to Export is Yes',
        step1:
          'This site may not export yet (Permission to Export: No, usually until the utility’s permission to operate): setting Energy Exports now would break the customer’s grid agreement.',
        step2:
          'Once Permission to Export is Yes, set Settings > Energy Exports > Everything in the Tesla app and choose “Check again”.',
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
        summary: 'The platform must register with Tesla in region {{region}} — nothing to do on site',
        step1: 'On site: nothing to change; the customer’s system and settings are not the cause.',
        step2:
          'Support desk: tell the platform to register its app with Tesla (partner account) in region {{region}}, and send Tesla’s answer: {{error}}',
        step3: 'When the platform confirms, choose “Check again”.',
      },
      platform_billing: {
        summary: 'The platform must settle its Tesla developer account — nothing to do on site',
        step1: 'On site: nothing to change; every customer of this platform is stopped the same way.',
        step2:
          'Support desk: tell the platform Tesla answers “{{error}}” (its Fleet API billing limit or payment method).',
      },
      platform_fleet_api: {
        summary: 'The platform (or tool) must use the Fleet API',
        step1: 'On site: nothing to change.',
        step2: 'Support desk: tell the platform Tesla refuses its token: “{{error}}”.',
      },
      platform_scope: {
        summary: 'Reconnect; if it stays, the platform’s app lacks {{scope}}',
        step1: 'Choose “Reconnect” so a fresh token carries the customer’s current grant.',
        step2:
          'If Tesla still says a scope is missing, tell the platform its app at developer.tesla.com may not have {{scope}} enabled.',
      },
      wait_rate_limit: {
        summary:
          'Wait until {{until}}, in about {{age}}, then check again: the limit is shared with other apps on this device',
        step1:
          'Tesla’s limit is per device and shared by every app that reads this car or site (the platform, Home Assistant, TeslaMate, …).',
        step2:
          'After {{until}}, choose “Check again”. If it keeps happening, find out from the customer which other apps read this device.',
      },
      discovery_none: {
        summary: 'Check the Tesla account, or wait for Tesla to link a new system',
        step1:
          'Compare the connected account ({{email}}) with the account in which the customer’s Tesla app shows the Powerwall; if they differ, reconnect with that account.',
        step2:
          'A newly commissioned system can take days before Tesla lists it for other apps; if the Tesla app shows it and it is still missing after a week, the customer contacts Tesla support.',
      },
      discovery_several: {
        summary: 'Make sure the platform uses the site with the battery',
        step1: 'Sites with a battery: {{battery}}.',
        step2: 'Support desk: tell the platform which energy site to use.',
      },
      tariff_set: {
        summary: 'In the Tesla app: set the utility rate plan',
        step1:
          'Tesla app > Powerwall > Settings > Utility Rate Plan: the customer picks the supplier and plan (or enters the prices).',
        step2: 'Come back here and choose “Check again”.',
      },
      wait_first_week: {
        summary: 'Wait until {{ready}}: Time-Based Control needs 7 days of data on a new system',
        step1: 'Nothing to change today. Test a discharge to the grid again from {{ready}}.',
      },
      mode_tbc: {
        summary: 'In the Tesla app: Operation Mode > Time-Based Control',
        step1:
          'Self-Powered and Backup never export the battery; discharges to the grid need Time-Based Control (the platform may switch to it by itself).',
        step2: 'Tesla app > Powerwall > Settings > Operation Mode > Time-Based Control, if the customer agrees.',
      },
      tariff_export: {
        summary: 'Check the rate plan’s export prices',
        step1: 'Under this rate plan no period pays for exports, so Time-Based Control will not export the battery.',
        step2:
          'If the customer’s contract pays for exports, the customer enters its export (sell) prices in Tesla app > Utility Rate Plan.',
      },
      grid_services: {
        summary: 'A grid-services program overrides the settings during its events',
        step1: 'While an event runs, the program controls the battery; try commands after it ends.',
        step2: 'The customer sees the program in the Tesla app; leaving it is the customer’s choice.',
      },
      pairing_driver: {
        summary: 'The car’s owner adds the key (or the driver confirms in the car)',
        step1: 'This Tesla account is a driver of the car, not its owner.',
        step2:
          'Either the owner opens the pairing link in their own Tesla app, or the driver opens it while sitting in the car and confirms on the touchscreen with the keycard.',
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
    /** The Tesla app's names of the operation modes (default_real_mode). */
    /** A check an earlier layer's failure kept from being judged (shared/checklist/layers.ts). */
    not_checked: { detail: 'Not checked: “{{cause}}” first.' },
    operation_mode: { self_consumption: 'Self-Powered', autonomous: 'Time-Based Control', backup: 'Backup only' },
    blocked_by: { partner: 'Platform registration', app_status: 'Platform’s Tesla app', rate_limit: 'Rate limit' },
    partner: {
      ok: {
        title: 'Platform registered with Tesla',
        detail: 'Tesla answered the platform’s requests for this account, so its app is registered in this region.',
      },
      not_registered: {
        title: 'Platform not registered with Tesla in region {{region}}',
        detail:
          'Tesla answered 412: “{{error}}”. The platform never registered its app (partner account) in this region. Nobody on site can fix this: the platform must.',
      },
      key_download: {
        title: 'Tesla could not fetch the platform’s public key',
        detail:
          'Tesla answered 424: “{{error}}”. The platform must serve its public key and register again; nothing on site changes it.',
      },
      unknown: {
        title: 'Platform registration not known',
        detail: 'No request succeeded, so this cannot be judged. The last: {{reason}}.',
      },
    },
    app_status: {
      ok: {
        title: 'Platform’s Tesla app active',
        detail: 'Tesla answered the platform’s requests: its app is not suspended and uses the Fleet API.',
      },
      exceeded: {
        title: 'Platform’s Tesla app suspended (billing limit)',
        detail:
          'Tesla answered 403 “{{error}}”: the platform’s app went over its Fleet API billing limit, which stops every customer of this platform at once. Nothing on this site is wrong.',
      },
      owner_api: {
        title: 'Token from the retired Owner API',
        detail:
          'Tesla answered {{status}} “{{error}}”: the request used Tesla’s old Owner API, closed to third parties. Only Fleet API tokens work.',
      },
      payment: {
        title: 'Payment required',
        detail: 'Tesla answered 402 “{{error}}”: the platform’s account must be paid before Tesla answers.',
      },
      scope_mismatch: {
        title: 'Tesla says a permission is missing that the token holds',
        detail:
          'Tesla answered 403 “{{error}}” to {{request}}, although the token’s granted scopes include {{scope}}. This is not a box the customer forgot: the grant may have changed since this token was issued, or the platform’s app is not allowed that scope.',
      },
      unknown: {
        title: 'Platform’s app status not known',
        detail: 'No request succeeded, so this cannot be judged. The last: {{reason}}.',
      },
    },
    rate_limit: {
      ok: { title: 'No rate limit hit', detail: 'No request was refused for too many requests.' },
      waiting: {
        title: 'Tesla asks to wait until {{until}}, in about {{age}}',
        detail:
          'Tesla answered 429 to {{request}}: too many requests for this device. The limit is shared with other apps on this device (the platform, Home Assistant, …). Checks that needed this answer are unknown until then.',
      },
      waiting_no_time: {
        title: 'Tesla asks to wait',
        detail:
          'Tesla answered 429 to {{request}} without saying until when. The limit is shared with other apps on this device. Checks that needed this answer are unknown.',
      },
    },
    discovery: {
      ok: {
        title: 'Energy site found: {{site}}',
        detail: 'Tesla lists one energy site with a battery for this account.',
      },
      /** The same in a report: the owner's name for the site (often an address) stays out of it. */
      okUnnamed: {
        title: 'Energy site found: one site, with a battery',
        detail: 'Tesla lists one energy site with a battery for this account (its name stays out of the report).',
      },
      none: {
        title: 'No energy site on this account',
        detail:
          'Tesla lists no energy site for the connected account ({{email}}). It may be the wrong Tesla account, or a newly installed system Tesla has not linked yet (this can take days).',
      },
      several: {
        title: '{{count}} energy sites on this account',
        detail:
          'Tesla lists {{count}} energy sites. Sites with a battery: {{battery}}. The platform must use the right one.',
      },
      wall_connector: {
        title: 'Only a Wall Connector on this account',
        detail:
          'Tesla lists only a Wall Connector as energy product (no Powerwall, no solar) for the connected account ({{email}}).',
      },
      no_battery: {
        title: 'No energy site with a battery',
        detail: 'Tesla lists {{count}} energy site(s), none with a battery.',
      },
      unknown: { title: 'Energy sites not known', detail: '{{reason}}.' },
    },
    tariff: {
      tbc_ok: {
        title: 'Time-Based Control with a rate plan',
        detail: 'Mode: Time-Based Control; the rate plan’s periods: {{periods}}.',
      },
      tbc_no_tariff: {
        title: 'Time-Based Control without a rate plan',
        detail:
          'Operation mode {{mode}}, but Tesla reports no utility rate plan for this site: Tesla refuses Time-Based Control without one (410) and cannot plan charges or exports.',
      },
      refused: {
        title: 'Tesla refused Time-Based Control (410)',
        detail: 'Tesla answered 410 to {{request}}: the site has no utility rate plan, which Time-Based Control needs.',
      },
      self_powered: {
        title: 'Self-Powered, with a rate plan',
        detail:
          'Mode: Self-Powered: the battery covers the home and never exports to the grid. A rate plan is set ({{periods}}), so the platform can switch to Time-Based Control for a discharge.',
      },
      self_powered_no_tariff: {
        title: 'Self-Powered, and no rate plan for Time-Based Control',
        detail:
          'Mode: Self-Powered: the battery never exports, and without a utility rate plan Tesla refuses Time-Based Control (410), so the platform cannot make the battery discharge to the grid.',
      },
      backup: {
        title: 'Backup only: the battery stays full',
        detail: 'Mode: Backup only: the battery is kept for outages and neither discharges nor exports.',
      },
      first_week: {
        title: 'Time-Based Control needs 7 days of data (until {{ready}})',
        detail:
          'This system was installed less than 7 days ago: Time-Based Control learns the home first and plans charges and exports from {{ready}} (the rate plan’s periods: {{periods}}). Expected, nothing to fix. (The 7 days are the Tesla app’s own words: inferred.)',
      },
      no_export_value: {
        title: 'No period where exporting pays',
        detail:
          'Time-Based Control is on, but under the rate plan no period pays for exports ({{periods}}), so the battery will not export.',
      },
      other: {
        title: 'Operation mode: {{mode}}',
        detail: 'Tesla reports operation mode “{{mode}}”, which the doctor does not know.',
      },
      unknown: { title: 'Mode and rate plan not known', detail: '{{reason}}.' },
    },
    grid_services: {
      off: {
        title: 'Not in a grid-services program',
        detail: 'No VPP or grid-services program overrides the settings.',
      },
      enrolled: {
        title: 'Enrolled in a grid-services (VPP) program',
        detail:
          'The site takes part in a grid-services program: during its events the program controls the battery and overrides the customer’s and the platform’s settings. No event is active now.',
      },
      active: {
        title: 'Grid-services event active now',
        detail: 'A grid-services (VPP) event is running now: the program controls the battery until it ends.',
      },
      unknown: { title: 'Grid services not known', detail: '{{reason}}.' },
    },
    pairing: {
      owner: {
        title: 'Owner account: can add the key',
        detail:
          'The connected account is the car’s owner. The Tesla app used to open the pairing link must be signed in to this same account.',
      },
      driver: {
        title: 'Driver account: cannot add the key alone',
        detail:
          'The connected account is a driver of the car, not its owner: the owner adds the key, or the driver completes the in-car keycard step. The Tesla app must be signed in to the account that gave consent.',
      },
      unknown: {
        title: 'Account role not reported',
        detail:
          'Tesla did not report access_type for this car. The Tesla app used for pairing must be signed in to the account that gave consent.',
      },
    },
    streaming: {
      ok: {
        title: 'Data streaming allowed',
        detail: 'The car’s data streaming switch is on: it shares data with the platform.',
      },
      off: {
        title: 'Data streaming switched off in the car',
        detail:
          'This older Model S/X has its data streaming switch off: it shares no data with third-party apps until the toggle is on.',
      },
      not_applicable: {
        title: 'No streaming toggle on this car',
        detail: 'Tesla reports the streaming toggle only for older Model S/X; this car has none.',
      },
      unknown: { title: 'Streaming toggle not known', detail: '{{reason}}.' },
    },
    word: {
      allowed: 'allowed',
      not_allowed: 'not allowed',
      yes: 'yes',
      no: 'no',
      signed: 'signed',
      absent: 'absent',
      unknown: 'unknown',
      not_reported: 'not reported',
    },
  },
  /** A moment to wait for (shared/text/wait-moment.ts): `day` and `date` come from Intl in the language. */
  moment: {
    dayAt: '{{day}} at {{time}}',
    dateAt: 'on {{date}} at {{time}}',
    minute: '{{n}} minute',
    minutes: '{{n}} minutes',
    hour: '{{n}} hour',
    hours: '{{n}} hours',
    days: '{{n}} days',
  },
  explain: {
    nav: 'Explain an error',
    heading: 'Explain an error',
    intro:
      'Paste what you were shown — a Fleet API answer, a log line, a platform’s command reason, a Tesla app or Home Assistant message. The doctor names the cause, who fixes it and how. Works offline; nothing is sent anywhere.',
    label: 'Error text',
    placeholder: 'e.g. vehicle rejected request: your public key has not been paired with the vehicle',
    submit: 'Explain',
    clear: 'Clear',
    empty: 'Paste an error text first.',
    cause: 'Cause',
    meaning: 'What it means',
    who: 'Who fixes it',
    until: 'Until',
    wait: 'Tesla asked to wait {{seconds}} s.',
    fix: 'What to do',
    check: 'Check to run',
    confidence: {
      label: 'How sure',
      high: 'Sure: a known text was found.',
      medium: 'Fairly sure: only the HTTP status says it.',
      low: 'Not sure: only the HTTP status says it, and it has several causes.',
    },
    via: 'The message came through {{via}}.',
    hint: {
      unknown:
        'The doctor does not know this text. Paste Tesla’s exact text (the JSON body or the log line with its status), not a description of it; or export the report and send it to support.',
      exactText:
        'For a sure answer, paste Tesla’s exact text (the JSON body or the log line with its status), not a description of it.',
    },
    unmatched: {
      heading: 'Not recognised',
      nearest: 'Nearest known causes (not a diagnosis):',
      none: 'No known cause shares words with this text.',
    },
    actor: {
      customer: 'The customer (in the Tesla app or at the car)',
      installer: 'You, on site (or in Tesla One / Powerhub)',
      platform: 'The energy platform (its Tesla developer account) — nobody on site can fix this',
      tesla_support: 'Tesla (support or service)',
      wait: 'Nobody — it passes by itself',
    },
  },
  cause: {
    pairing: {
      consent_missing: {
        title: 'Tesla app: consent not given to this platform',
        meaning:
          'The Tesla app refuses to add the platform’s virtual key because the Tesla account signed in to the app has not given the platform access (consent first, then the key) — often the app is signed in to another account than the one that gave consent.',
        fix: {
          summary:
            'The customer signs in to the Tesla app with the account that gave consent (or connects that account first), then opens the pairing link again.',
          step1: 'Check which Tesla account the customer connected in the doctor (the account card shows it).',
          step2:
            'On the customer’s phone, open the Tesla app signed in to the same Tesla account that gave the platform consent, with this car selected.',
          step3: 'Open the platform’s pairing link (the checklist shows it as a QR code) and approve adding the key.',
          step4: 'The car must be online; the key appears in the car under Controls > Locks.',
        },
      },
      not_authorized_to_share: {
        title: 'Tesla app: not allowed to share this vehicle (driver account)',
        meaning:
          'The Tesla account in the app is a driver on this car (shared or leased car), not its owner: it cannot add a virtual key alone.',
        fix: {
          summary:
            'The car’s owner opens the pairing link in their Tesla app, or the driver completes the in-car keycard step.',
          step1: 'Ask the customer who owns the car in the Tesla account (a lease company, a partner).',
          step2:
            'Either the owner opens the pairing link in their own Tesla app, or the driver opens it while sitting in the car and confirms on the touchscreen with the keycard.',
        },
      },
      app_not_registered: {
        title: 'Tesla app: platform is not registered with Tesla',
        meaning:
          'The Tesla app does not know the platform named in the pairing link: the platform has not registered its domain and key with Tesla (in this region), or the link names the wrong domain.',
        fix: {
          summary:
            'The platform registers its partner account (domain and public key) with Tesla in the customer’s region; nobody on site can fix it.',
          step1:
            'Check the pairing link: it must be https://tesla.com/_ak/<the platform’s domain>, without https:// inside.',
          step2:
            'Support desk: tell the platform the Tesla app says it is not registered with Tesla (send them this text).',
        },
      },
    },
    vehicle: {
      key_not_paired: {
        title: 'Virtual key not on the car',
        meaning:
          'The car refused a signed command: the platform’s virtual key has not been added to it (or was removed).',
        fix: {
          summary: 'The customer adds the platform’s virtual key with the pairing link.',
          step1:
            'On the customer’s phone, open the Tesla app signed in to the same Tesla account that gave the platform consent, with this car selected.',
          step2: 'Open the platform’s pairing link (the checklist shows it as a QR code) and approve adding the key.',
          step3: 'The car must be online; the key appears in the car under Controls > Locks.',
        },
      },
      key_not_on_whitelist: {
        title: 'Key not on the car’s key list',
        meaning: 'The car’s key list (whitelist) does not hold the key that signed the command.',
        fix: {
          summary: 'The customer adds the platform’s virtual key with the pairing link.',
          step1:
            'On the customer’s phone, open the Tesla app signed in to the same Tesla account that gave the platform consent, with this car selected.',
          step2: 'Open the platform’s pairing link (the checklist shows it as a QR code) and approve adding the key.',
          step3: 'The car must be online; the key appears in the car under Controls > Locks.',
        },
      },
      key_disabled: {
        title: 'Virtual key disabled on the car',
        meaning: 'The key that signed the command is on the car but disabled.',
        fix: {
          summary:
            'The customer removes the platform’s key in the car (Controls > Locks) and adds it again with the pairing link.',
          step1: 'In the car: Controls > Locks, remove the platform’s key.',
          step2:
            'On the customer’s phone, open the Tesla app signed in to the same Tesla account that gave the platform consent, with this car selected.',
          step3: 'Open the platform’s pairing link (the checklist shows it as a QR code) and approve adding the key.',
          step4: 'The car must be online; the key appears in the car under Controls > Locks.',
        },
      },
      keychain_full: {
        title: 'Car’s key list is full',
        meaning: 'The car holds the most keys it can; a new virtual key cannot be added until one is removed.',
        fix: {
          summary:
            'The customer removes an unused key in the car (Controls > Locks), then opens the pairing link again.',
          step1: 'In the car: Controls > Locks, remove a key no longer used (old phone, old app).',
          step2:
            'On the customer’s phone, open the Tesla app signed in to the same Tesla account that gave the platform consent, with this car selected.',
          step3: 'Open the platform’s pairing link (the checklist shows it as a QR code) and approve adding the key.',
          step4: 'The car must be online; the key appears in the car under Controls > Locks.',
        },
      },
      mobile_access_disabled: {
        title: 'Mobile access switched off in the car',
        meaning:
          'The car’s “Allow Mobile Access” is off, so it refuses every remote request, the Tesla app’s included.',
        fix: {
          summary: 'The customer switches on Allow Mobile Access in the car.',
          step1: 'In the car: Controls > Safety > Allow Mobile Access: on.',
          step2: 'Run the checklist again.',
        },
      },
      command_protocol_required: {
        title: 'Car needs signed commands (Vehicle Command Protocol)',
        meaning: 'The platform sent an unsigned command to a car that only accepts commands signed with a virtual key.',
        fix: {
          summary:
            'The platform must sign commands (Tesla’s vehicle-command proxy); on site, make sure its virtual key is on the car.',
          step1: 'Run the checklist: vehicle.virtual_key shows whether the key is on the car.',
          step2: 'Support desk: tell the platform Tesla wants signed commands for this car (send them this text).',
        },
      },
      command_protocol_unsupported: {
        title: 'Car does not support signed commands (older Model S/X)',
        meaning:
          'This car (an older Model S or X) does not support the Vehicle Command Protocol: signed commands cannot reach it.',
        fix: {
          summary: 'The platform must send this car plain (unsigned) commands; no virtual key is needed or possible.',
          step1: 'Do not try to pair this car.',
          step2: 'Support desk: tell the platform this car needs unsigned commands (send them this text).',
        },
      },
      wrong_vin: {
        title: 'Command sent to the wrong car',
        meaning: 'The signed command was addressed to another VIN than the car that received it.',
        fix: {
          summary: 'The platform checks which VIN it signs for.',
          step1: 'Support desk: send the platform this text with the VIN it used.',
        },
      },
      timed_out: {
        title: 'Car did not answer in time',
        meaning: 'The car (or one of its systems) did not answer in time, or the signed command expired on the way.',
        until: 'the car is awake and online (a minute or two), then try again',
        fix: {
          summary: 'Try again when the car is awake and online.',
          step1: 'Check in the Tesla app that the car is online.',
          step2: 'Try again in a minute.',
        },
      },
      unavailable: {
        title: 'Car offline or asleep',
        meaning:
          'The car is asleep or has no connection. The doctor never wakes a car by itself (a wake costs the platform).',
        until: 'the car is online again (open the Tesla app or use the car)',
        fix: {
          summary: 'Wait until the car is online (opening the Tesla app wakes it), then run the checklist again.',
          step1: 'The customer opens the Tesla app on the car’s page (this wakes it).',
          step2: 'Run the checklist again.',
        },
      },
    },
    device: {
      unexpected_error: {
        title: 'Device answered with an error (540)',
        meaning:
          'The car or gateway answered with an internal error: it may need a restart, a software update or service.',
        until: 'the device has restarted or updated; if it stays, Tesla service',
        fix: {
          summary: 'Try again later; if it stays, the customer books Tesla service.',
          step1: 'Try again in a few minutes.',
          step2: 'If it stays for a day, the customer contacts Tesla (Tesla app > Service).',
        },
      },
    },
    energy: {
      tou_without_tariff: {
        title: 'Time-Based Control refused: no utility rate plan (410)',
        meaning:
          'Tesla refused to switch the Powerwall to Time-Based Control because the site has no utility rate plan (tariff): the mode needs the prices to decide when to charge and export.',
        fix: {
          summary: 'The customer sets the utility rate plan in the Tesla app; then Time-Based Control can be chosen.',
          step1:
            'Tesla app > Powerwall > Settings > Utility Rate Plan: the customer picks the supplier and plan (or enters the prices).',
          step2: 'Run the checklist again: energy.tariff_and_mode shows the plan’s periods.',
        },
      },
    },
    tesla: {
      upstream_internal_error: {
        title: 'Tesla’s servers failed (500 upstream internal error)',
        meaning: 'Tesla’s own servers failed to answer. Nothing on site is wrong.',
        until: 'Tesla’s service recovers (usually minutes to hours)',
        fix: {
          summary: 'Try again later; if it lasts more than a day for this site only, Tesla support must look at it.',
          step1: 'Try again in 15 minutes.',
          step2:
            'If it lasts more than a day for this customer only, the customer contacts Tesla support (send them this text).',
        },
      },
      service_unavailable: {
        title: 'Tesla’s service unavailable (503/504)',
        meaning: 'A Tesla service (or the device behind it) did not answer in time.',
        until: 'a few minutes, then try again',
        fix: {
          summary: 'Try again in a few minutes.',
          step1: 'Try again in a few minutes.',
          step2: 'If it lasts for hours, check Tesla’s status and contact Tesla support.',
        },
      },
    },
    auth: {
      login_required: {
        title: 'Connection replaced by another sign-in (login_required)',
        meaning:
          'Another sign-in with this app replaced this connection (a second account at the platform, or a tool that signed in again): since 2024-02-01 a new sign-in under the same client id makes the previous refresh token and its access tokens invalid. It is not “expired”. Less often: the refresh token was used twice, is older than 3 months, or the customer changed the Tesla password.',
        fix: {
          summary: 'The customer signs in again (Reconnect); nothing on the car or the site changes.',
          step1: 'On the customer’s account in the doctor, press Reconnect and let the customer sign in to Tesla.',
          step2: 'The customer ticks the same boxes as before on Tesla’s consent screen and presses Allow.',
          step3: 'Run the checklist again.',
          step4:
            'If it comes back within days, the platform is sharing one refresh token between two of its services: tell the platform (support desk: send them this text).',
          step5:
            'Diagnose through the platform from now on: a diagnostic tool that signs in under the platform’s client id disconnects the platform again.',
        },
      },
      token_endpoint_failing: {
        title: 'Tesla’s sign-in is failing (token endpoint 5xx)',
        meaning:
          'Tesla’s token endpoint answered with a server error (as in Tesla’s sign-in outage of July 2025): no app can renew or start a sign-in until it recovers. Tesla’s sign-in is failing: wait; do not reconnect.',
        until: 'Tesla’s sign-in works again (check again in a few minutes)',
        fix: {
          summary: 'Wait and check again later; do not reconnect (a new sign-in cannot work now).',
          step1:
            'Do not press Reconnect and do not ask the customer to sign in again: it cannot work while Tesla’s sign-in fails.',
          step2: 'Check again in a few minutes; the platform’s connection is kept and works again by itself.',
        },
      },
      redirect_uri_not_registered: {
        title: 'Redirect URI not registered for this app',
        meaning:
          'Tesla refused the sign-in before its consent screen: the redirect_uri sent is not one of those registered for this client_id. This is the platform’s app configuration, not the customer’s account.',
        fix: {
          summary:
            'The platform registers the exact redirect URI with its Tesla app, or the profile is set to a registered one.',
          step1:
            'Support desk: send the platform this text; its developer adds the redirect URI (scheme, host, port and path exactly) to the app at developer.tesla.com.',
          step2: 'Or set the profile’s redirect URI in Settings to one the platform has registered.',
        },
      },
      invalid_grant: {
        title: 'Authorization no longer valid (invalid_grant)',
        meaning:
          'Tesla rejected the code or refresh token: it expired, was revoked, was already used, or belongs to another app (client id).',
        fix: {
          summary: 'The customer signs in again (Reconnect).',
          step1: 'On the customer’s account in the doctor, press Reconnect and let the customer sign in to Tesla.',
          step2: 'The customer ticks the same boxes as before on Tesla’s consent screen and presses Allow.',
          step3: 'Run the checklist again.',
        },
      },
      token_revoked: {
        title: 'Access removed by the customer (token revoked)',
        meaning:
          'The customer (or someone with the Tesla password) removed the platform under Tesla Account > Security > Third Party Apps. The platform’s virtual key stays on the car.',
        fix: {
          summary:
            'The customer gives consent again (Reconnect); do not pair the car again — its virtual key is still there.',
          step1: 'On the customer’s account in the doctor, press Reconnect and let the customer sign in to Tesla.',
          step2: 'The customer ticks the same boxes as before on Tesla’s consent screen and presses Allow.',
          step3: 'Run the checklist again.',
          step4: 'Do not open the pairing link again: the car still holds the platform’s virtual key.',
        },
      },
      token_expired: {
        title: 'Access token expired (401)',
        meaning:
          'The access token (valid about 8 hours) has expired and was not renewed. The doctor renews it by itself once; if this stays, the refresh failed too.',
        fix: {
          summary: 'Reconnect in the doctor; if the platform itself shows this, its token renewal is not working.',
          step1: 'In the doctor, run the checklist again: it renews the token once by itself.',
          step2: 'If it still fails, press Reconnect and let the customer sign in.',
          step3:
            'If the platform’s own app shows this text, tell the platform that its access-token refresh is failing (support desk: send them this text).',
        },
      },
      invalid_bearer_token: {
        title: 'Token not recognised (invalid bearer token)',
        meaning:
          'Tesla did not recognise the access token at all: it is damaged, was issued for another service (such as the retired Owner API), or for another region’s sign-in.',
        fix: {
          summary: 'Reconnect in the doctor; if the platform sends this, its stored token is broken.',
          step1: 'Press Reconnect on the customer’s account and let the customer sign in.',
          step2:
            'If the platform’s app shows this text, tell the platform its stored access token is invalid (support desk: send them this text).',
        },
      },
      unauthorized_client: {
        title: 'App not recognised at sign-in (unauthorized_client)',
        meaning:
          'Tesla’s sign-in does not accept this client id / secret: the platform configured the wrong app credentials, or a China account signed in on the global sign-in (China uses auth.tesla.cn).',
        fix: {
          summary: 'The platform checks its client id and secret (and, for a China account, uses auth.tesla.cn).',
          step1: 'Support desk: tell the platform that Tesla rejects its client id/secret (send them this text).',
          step2:
            'If the customer’s Tesla account is a China account, the sign-in must go to auth.tesla.cn: tell the platform.',
        },
      },
      invalid_client_id: {
        title: 'Unknown app (invalid_client_id)',
        meaning: 'The client id sent to Tesla’s sign-in does not exist: the profile holds a wrong or deleted app id.',
        fix: {
          summary: 'The platform gives the correct client id; in the doctor, fix it under Settings > Tesla profile.',
          step1: 'Check the client id under Settings > Tesla profile against the platform’s developer account.',
          step2: 'Support desk: ask the platform for its current client id.',
        },
      },
      invalid_scope: {
        title: 'App asked for a permission it is not registered for (invalid_scope)',
        meaning: 'The sign-in asked for a scope the platform’s Tesla app is not allowed to request.',
        fix: {
          summary: 'The platform enables that scope for its app at developer.tesla.com, or stops requesting it.',
          step1: 'Support desk: tell the platform which sign-in failed and send them this text.',
        },
      },
      access_denied: {
        title: 'Consent refused (access_denied)',
        meaning: 'The customer pressed “Do Not Allow” on Tesla’s consent screen, or closed it.',
        fix: {
          summary: 'The customer connects again and presses Allow.',
          step1: 'Press Connect (or Reconnect) and let the customer sign in.',
          step2: 'The customer ticks the boxes the platform needs and presses Allow.',
        },
      },
    },
    app: {
      exceeded_limit: {
        title: 'Platform’s Tesla app suspended (EXCEEDED_LIMIT)',
        meaning:
          'Tesla disabled the platform’s whole app because it went over its Fleet API billing limit. Every customer of that platform is stopped at once; nothing on this site is wrong.',
        fix: {
          summary:
            'The platform raises its billing limit or adds a payment method at developer.tesla.com. Nobody on site can fix this.',
          step1: 'On site: nothing to change — tell the customer the platform has an account problem with Tesla.',
          step2:
            'Support desk: tell the platform that Tesla answers “account disabled: EXCEEDED_LIMIT” (billing limit / payment method in its Tesla developer account).',
        },
      },
      payment_required: {
        title: 'Payment required (402)',
        meaning: 'Tesla (or a paid relay in front of it) wants payment before it answers for this app.',
        fix: {
          summary: 'The platform settles its Tesla (or relay) billing.',
          step1: 'Support desk: tell the platform that its API answers 402 Payment Required.',
        },
      },
      owner_api_token: {
        title: 'Token from the retired Owner API',
        meaning:
          'The request used a token or address of Tesla’s old Owner API, which Tesla closed to third parties (fully in June 2026). Only Fleet API tokens from a registered app work now.',
        fix: {
          summary:
            'The platform must move to the Fleet API (its own registered app); the customer then connects through it.',
          step1: 'On site: nothing to change on the system.',
          step2:
            'Support desk: tell the platform (or the customer’s own tool) that Tesla refuses Owner API tokens and it must use the Fleet API.',
        },
      },
    },
    partner: {
      not_registered_in_region: {
        title: 'Platform not registered with Tesla in this region (412)',
        meaning:
          'The platform’s Tesla app was never registered (partner account) in the region where this customer’s account lives, so Tesla refuses every request. The installer can do nothing on site.',
        fix: {
          summary:
            'The platform registers its partner account in this region (POST /api/1/partner_accounts on that region’s Fleet API). Nothing on site changes it.',
          step1: 'On site: nothing to change — the system and the customer’s settings are not the cause.',
          step2:
            'Support desk: tell the platform “your app must be registered in the region named in Tesla’s answer” and send them this text.',
          step3: 'After the platform confirms, run the checklist again.',
        },
      },
      public_key_download_failed: {
        title: 'Tesla could not fetch the platform’s public key (424)',
        meaning:
          'Registering the platform with Tesla failed because Tesla could not download its public key from the platform’s domain (missing, too large, blocked).',
        fix: {
          summary:
            'The platform serves a valid EC public key at /.well-known/appspecific/com.tesla.3p.public-key.pem and registers again.',
          step1: 'Support desk: send the platform this text; the URL in it is the one Tesla could not fetch.',
        },
      },
    },
    region: {
      out_of_region: {
        title: 'Request sent to the wrong region (421)',
        meaning:
          'The customer’s account lives in another Fleet API region than the one asked; Tesla names the right base URL.',
        fix: {
          summary:
            'The doctor follows Tesla’s pointer by itself; a platform showing this must use the base URL Tesla names.',
          step1: 'In the doctor: press Reconnect so the account’s region is read again from the new token.',
          step2:
            'Support desk: if the platform shows this, tell it to use the base URL in Tesla’s answer for this customer.',
        },
      },
    },
    rate: {
      limited: {
        title: 'Tesla asks to wait (rate limit, 429)',
        meaning:
          'Too many requests for this car or site in a short time. Tesla’s limits are per device and shared by every app that reads it (the platform, Home Assistant, other tools), so another app can use them up.',
        until: 'the time Tesla gives in Retry-After (or RateLimit-Reset)',
        fix: {
          summary:
            'Wait until the time Tesla names; if it keeps happening, another app is polling this device too often.',
          step1: 'Wait until the time shown, then run the checklist again (it does not retry by itself past that).',
          step2:
            'If it keeps happening, ask the customer which other apps read this car or site (Home Assistant, TeslaMate, …): they share the same limit.',
        },
      },
    },
    account: {
      locked: {
        title: 'Tesla account locked (423)',
        meaning: 'Tesla has locked the customer’s account; only Tesla can unlock it.',
        fix: {
          summary: 'The customer contacts Tesla to unlock the account.',
          step1: 'The customer contacts Tesla support (Tesla app > Support) about a locked account.',
        },
      },
    },
    scope: {
      missing: {
        title: 'Permission box not ticked (missing scopes)',
        meaning:
          'Tesla itself says the call needs a permission (scope) the customer did not tick on Tesla’s consent screen: its answer “Unauthorized missing scopes” means exactly that.',
        fix: {
          summary: 'The customer reconnects and ticks the missing box (the checklist’s scope checks name it).',
          step1: 'Run the checklist: the scope checks name the box that is not ticked.',
          step2: 'Press Reconnect; the customer ticks that box on Tesla’s consent screen and presses Allow.',
        },
      },
      missing_energy_cmds: {
        title: 'Energy Product Commands not allowed',
        meaning:
          'Home Assistant says the grant lacks energy_cmds (“Energy Product Commands”): settings cannot be changed.',
        fix: {
          summary: 'The customer reconnects and ticks “Energy Product Commands”.',
          step1: 'Press Reconnect; the customer ticks “Energy Product Commands” and presses Allow.',
        },
      },
      missing_vehicle_cmds: {
        title: 'Vehicle Commands not allowed',
        meaning:
          'Home Assistant says the grant lacks vehicle_cmds or vehicle_charging_cmds: the car cannot be sent commands.',
        fix: {
          summary: 'The customer reconnects and ticks “Vehicle Commands” (or “Vehicle Charging Management”).',
          step1:
            'Press Reconnect; the customer ticks “Vehicle Commands” and “Vehicle Charging Management” and presses Allow.',
        },
      },
    },
    http: {
      no_answer: {
        title: 'No answer from Tesla',
        meaning:
          'The request got no answer at all: this computer’s internet connection, a firewall or proxy, or a timeout.',
        fix: {
          summary: 'Check this computer’s internet connection (and any company proxy), then run the checklist again.',
          step1: 'Open any web page to check the connection.',
          step2: 'On a company network, check that fleet-api.prd.*.vn.cloud.tesla.com is reachable.',
          step3: 'Run the checklist again.',
        },
      },
      bad_request: {
        title: 'Tesla refused the request as malformed (400)',
        meaning: 'Tesla found the request itself invalid (a field, a value or a command it does not accept).',
        fix: {
          summary: 'The software that sent it must correct the request.',
          step1: 'Support desk: send the platform (or the doctor’s maintainers) this text and the request it answered.',
        },
      },
      forbidden: {
        title: 'Tesla refused without saying why (403)',
        meaning:
          'Tesla answered 403 without a text that names the reason, or a library put its own words on it (“developers should check required Scope” is said for every 403). It is a missing permission only if the token’s granted scopes lack the one this call needs; otherwise the platform’s app may be suspended or using a retired token.',
        fix: {
          summary:
            'Run the checklist: account.app_status and the scope checks tell a missing box from a platform problem.',
          step1: 'Run the checklist and read account.app_status and the scope checks.',
          step2: 'Support desk: if the scopes are all granted, send the platform this text.',
        },
      },
      not_found: {
        title: 'Not on this account (404)',
        meaning:
          'Tesla does not know this site or car under the connected account: it belongs to another Tesla account, or it was removed.',
        fix: {
          summary:
            'Check that the customer connected the Tesla account that owns the system (the account card shows its e-mail).',
          step1: 'Compare the connected account’s e-mail with the one in the customer’s Tesla app.',
          step2: 'If it differs, the customer reconnects with the right Tesla account.',
        },
      },
      unexplained: {
        title: 'An error the doctor does not know',
        meaning: 'Tesla answered with an error status the catalogue has no cause for.',
        fix: {
          summary: 'Export the report and send it to support: it holds Tesla’s answer as received.',
          step1: 'Export the report (Reports > Export) and send it to the support desk.',
        },
      },
    },
  },
  support: {
    nav: 'Support',
    heading: 'Support and app settings',
    language: {
      heading: 'Language',
      label: 'Language of the app',
      en: 'English',
      de: 'German (Deutsch)',
    },
    bundle: {
      heading: 'Support bundle',
      explain:
        'Collects the app’s logs, its settings (without any secret) and the latest report into one zip file for the support desk. Tokens, codes, e-mail addresses and full VINs are removed before anything is written.',
      create: 'Create support bundle',
      creating: 'Creating the support bundle…',
      created: 'Support bundle saved: {{path}} ({{count}} files, {{size}} KB)',
      downloaded:
        'Support bundle saved: {{file}} ({{count}} files, {{size}} KB), in the browser’s downloads. A copy stays in the app’s data folder.',
      failed: 'The support bundle could not be created: {{message}}',
    },
    updates: {
      heading: 'Updates',
      explain:
        'When on, the desktop app looks for a new version at start and every few hours, downloads it in the background and installs it when you quit. Off by default.',
      enabled: 'Update the app automatically',
      channel: 'Update channel',
      stable: 'Stable',
      beta: 'Beta (early versions, may have rough edges)',
      saved: 'Update setting saved.',
      failed: 'The update setting could not be saved: {{message}}',
    },
  },
  board: {
    // A stored cause's name (a check id or a connection cause), the id shown beside it for the CSV and the terminal.
    causeName: {
      account: {
        reach: 'Reaching Tesla',
        connection: 'Connection to Tesla',
        region: 'Region',
        partner_registration: 'The platform’s registration with Tesla in the region',
        app_status: 'The platform’s app standing with Tesla',
        rate_limit: 'Tesla’s rate limit',
      },
      scope: {
        refresh: 'Consent: staying connected (offline access)',
        energy_read: 'Consent: energy data',
        energy_commands: 'Consent: energy commands',
        vehicle_read: 'Consent: vehicle data',
        vehicle_commands: 'Consent: vehicle commands',
        vehicle_location: 'Consent: vehicle location',
      },
      energy: {
        site_discovery: 'Energy site found',
        reachable: 'Energy site reporting',
        battery_present: 'Battery present',
        permission_to_export: 'Permission to Export',
        energy_exports: 'Energy Exports',
        grid_charging: 'Grid Charging',
        command_readiness: 'Battery takes commands',
        tariff_and_mode: 'Rate plan and operating mode',
        grid_services: 'Grid services',
      },
      vehicle: {
        virtual_key: 'The platform’s virtual key in the car',
        pairing_account: 'Car on the same Tesla account',
        command_protocol: 'Car’s command protocol',
        streaming_toggle: 'Car’s data streaming',
        reachable: 'Car reachable',
      },
      connection: {
        login_required: 'The platform’s connection was replaced or revoked',
        tesla_auth_unavailable: 'Tesla’s sign-in is failing',
        platform_error: 'The platform did not answer',
      },
    },
    nav: 'Board',
    heading: 'Support desk board',
    intro:
      'What the latest sweep of every connected home found: waves first, then each cause, who fixes it and what changed.',
    latest: 'Latest sweep: {{when}} · {{homes}} homes · {{requests}} Fleet API requests · {{wakes}} wake-ups',
    stopped: 'This sweep was stopped before every home was swept.',
    store: 'Results from: {{store}}',
    refresh: 'Refresh',
    loading: 'Reading the sweep store…',
    failed: 'The board could not be read: {{message}}',
    empty: {
      heading: 'No sweep has been stored yet',
      explain:
        'The board shows what a sweep found. Run one on the desk’s computer or server (on a schedule, for example every hour); it needs the platform’s address and agent key:',
      command: 'npm run doctor -- sweep --platform https://<platform>/platform --stale-after 1h',
      then: 'Then press Refresh. A team desk can point every installation at one PostgreSQL server (--store postgres://…).',
    },
    incidents: {
      heading: 'Incidents',
      none: 'No incident: no cause hit a large share of the homes in the latest sweep.',
      homes: '{{count}} homes ({{percent}} % of those swept)',
      cause: 'Cause:',
      advice: {
        wait: 'Advice: wait. Tesla’s side; it passes by itself. Tell customers there is nothing to do, and do not ask them to reconnect.',
        platform:
          'Advice: the platform. Its team (its Tesla developer account) looks into it; do not ask customers to reconnect.',
      },
      show: 'Show these homes',
    },
    counts: {
      byCause: 'By cause',
      byActor: 'By who fixes',
      cause: 'Cause',
      actor: 'Who fixes',
      homes: 'Homes',
    },
    changes: {
      heading: 'Since the sweep before',
      summary: 'Newly broken: {{broken}} · Recovered: {{recovered}}',
      none: 'Nothing changed since the sweep before.',
      item: '{{ref}}: {{from}} → {{to}}',
      showBroken: 'Show newly broken homes',
      showRecovered: 'Show recovered homes',
    },
    filter: {
      heading: 'Homes',
      cause: 'Cause',
      actor: 'Who fixes',
      incident: 'Incident',
      changed: 'Change',
      search: 'Search reference',
      any: 'Any',
      inIncident: 'In an incident',
      notInIncident: 'Not in an incident',
      anyChange: 'Any change',
      clear: 'Clear filters',
      count: '{{shown}} of {{total}} homes shown',
      none: 'No home matches these filters.',
    },
    table: {
      ref: 'Reference',
      cause: 'Cause',
      actor: 'Who fixes',
      incident: 'Incident',
      change: 'Change',
      swept: 'Last swept',
      open: 'Open {{ref}}',
      inIncident: 'yes',
      notSwept: 'not swept yet',
    },
    csv: {
      export: 'Export CSV for tickets',
      exporting: 'Exporting…',
      done: '{{rows}} homes exported to {{file}} (references, causes and who fixes; no personal data).',
      failed: 'The CSV could not be exported: {{message}}',
    },
    home: {
      heading: 'Home {{ref}}',
      close: 'Close',
      latest: 'Latest stored result ({{when}})',
      cause: 'Cause: {{cause}}',
      actor: 'Who fixes: {{actor}}',
      incident: 'Part of the incident “{{cause}}”: {{advice}}',
      noChecks: 'No failing check was stored for this sweep.',
      history: 'History across sweeps',
      swept: 'Swept',
      dataAge: 'Data age',
      noAge: '–',
      minutes: '{{count}} min',
      unknown: 'This home is not in the store.',
      diagnose: 'Diagnose now through the platform',
      diagnosing: 'Connecting through the platform…',
      diagnoseExplain:
        'Borrows the platform’s connection for this home (nothing is replaced, no car is woken) and runs the checklist live.',
      diagnoseFailed: 'The live diagnosis could not start: {{message}}',
    },
    storeSetting: {
      heading: 'Sweep store (for the Board)',
      explain:
        'Where the Board reads the sweeps: the embedded store in this app’s data folder, or a PostgreSQL server a team desk shares (the same one `doctor sweep --store` writes to).',
      embedded: 'Embedded, in the data folder',
      postgres: 'PostgreSQL server',
      url: 'Server address (without the password)',
      password: 'Password (kept in the keychain)',
      passwordKept: 'A password is kept in the keychain. Leave the field empty to keep it.',
      save: 'Save',
      test: 'Test connection',
      saved: 'Saved. The Board reads from this store now.',
      ok: 'Connected: the store opens and can be read.',
      loadFailed: 'The store setting could not be read: {{message}}',
      detail: '(The server said: {{detail}})',
      problem: {
        bad_url: 'That is not a PostgreSQL address. Write it as postgres://user@host:5432/database.',
        refused:
          'Nothing answers at that host and port. Check that the PostgreSQL server is running and the port is right (5432 by default).',
        unknown_host:
          'That host name is not known. Check its spelling, or ask whoever runs the server for its address.',
        auth: 'The server refused the user name or password. Check both with whoever runs the server.',
        no_database: 'The server has no database with that name. Check the name at the end of the address.',
        timeout: 'The server did not answer within 8 seconds. Check the network and any firewall between here and it.',
        other: 'The store could not be opened.',
      },
    },
    healthy: 'healthy',
    actor: {
      customer: 'the customer',
      installer: 'the installer',
      tesla: 'Tesla',
      app: 'this app (try again)',
      platform: 'the platform',
      wait: 'nobody: wait',
      none: 'nobody',
    },
    change: {
      newly_broken: 'newly broken',
      recovered: 'recovered',
      changed: 'other cause',
    },
  },
  visit: {
    steps: { connect: 'Connect', check: 'Check', fix: 'Fix', test: 'Test', report: 'Report', end: 'End visit' },
    state: {
      done: 'done',
      next: 'next step',
      todo: 'not yet',
      attention: 'connected, but not every permission was granted: reconnect on this laptop',
    },
    permissionsMissing_one: '{{count}} permission missing',
    permissionsMissing_other: '{{count}} permissions missing',
    toFix_one: '{{count}} thing to fix',
    toFix_other: '{{count}} things to fix',
    next: 'Next: {{step}}',
    end: {
      heading: 'End the site visit',
      summary: 'This visit',
      nothing: 'No customer is connected on this laptop: nothing to forget.',
      connect: { done: 'a customer is connected', open: 'no customer connected' },
      check: { done: 'the checklist ran', open: 'the checklist has not run' },
      fix: { done: 'nothing left to fix', open: 'left to fix: {{count}}' },
      test: { done: 'a test ran to the end', open: 'no test ran' },
      report: { done: 'a report was saved', open: 'no report saved' },
    },
  },
  app: {
    skipToContent: 'Skip to content',
    navigation: 'Site visit',
    tagline: 'Checks and fixes a homeowner’s Tesla connection to their energy platform',
    version: 'Version {{version}}',
    mode: { demo: 'Demo mode', tesla: 'Tesla account mode' },
    modeLabel: 'Mode',
    transport: { electron: 'Desktop app', browser: 'Browser mode' },
    screenFailed: {
      title: 'This screen could not be loaded',
      detail:
        'Its part of the app did not arrive (after an update of the app, or a disk or network problem). The other screens still work, and a running test goes on in the background and restores the settings as usual.',
      retry: 'Try again',
      reload: 'Reload the app',
    },
  },
  status: {
    label: 'Backend',
    loading: 'Connecting to the app…',
    simulatorReady: 'Demo mode: simulator ready',
    simulatorFailed: 'Demo mode: the simulator could not start. Restart the app.',
    settingsRestored: 'A test left pending was finished: the customer’s settings are restored.',
    restoreNeedsAttention: 'A test’s restore could not be finished: open Test charge to see the values to set by hand.',
    teslaReady: 'Ready to connect to Tesla',
    starting: 'Starting…',
    failed: 'The app’s backend could not be reached: {{message}}',
    dataFolderProblem: 'The app’s data folder cannot be used: {{detail}}',
  },
  dataProblems: {
    label: 'Files that could not be read',
    store: {
      settings: 'The settings (connection profiles) could not be read',
      accounts: 'The list of connected customers could not be read',
      'update-settings': 'The update setting could not be read',
    },
    reason: {
      not_json: '(the file is damaged).',
      wrong_layout: '(the file is not laid out as this version expects).',
    },
    keptAt: 'Nothing was deleted: the app started afresh and kept the old file for support at',
  },
  testCharge: {
    blockedByCause: {
      heading: 'The test is blocked',
      who: 'Who acts: {{who}}.',
      nothingChanged:
        'Tesla refuses this account, so no site can be read and nothing was changed. Once the cause is fixed, open this screen again.',
    },
    again: 'Set up another test',
    heading: 'Test charge / discharge',
    intro:
      'Proves, before you leave the site, that charge and discharge commands move energy. The test changes a few of the customer’s settings for a few minutes and always puts them back.',
    noAccount: 'Select a connected customer first (Customers screen).',
    notReported: 'not reported',
    percent: '{{value}} %',
    watts: '{{value, number}} W',
    direction: { charge: 'Test charge (from the grid)', discharge: 'Test discharge (to the grid)' },
    setting: {
      default_real_mode: 'Operation mode',
      backup_reserve_percent: 'Backup reserve',
      customer_preferred_export_rule: 'Energy Exports',
      disallow_charge_from_grid_with_solar_installed: 'Grid Charging',
    },
    value: {
      self_consumption: 'Self-Powered',
      autonomous: 'Time-Based Control',
      backup: 'Backup only',
      pv_only: 'Solar',
      battery_ok: 'Everything',
      never: 'Off (never)',
      yes: 'Yes',
      no: 'No',
    },
    form: {
      label: 'Test settings',
      site: 'Energy site',
      noSites: 'No site with a battery',
      direction: 'Direction',
      minutes: 'Duration (minutes, 1–15)',
      gridInteraction: 'Allow grid interaction',
      gridOn: {
        charge: 'Grid Charging will be allowed for the test if it is off, as the platform does.',
        discharge:
          'Energy Exports will be set to “Everything” for the test if it is not, as the platform does (never without Permission to Export).',
      },
      noExportPermission:
        'Energy Exports stays as it is: without Permission to Export (before the utility’s permission to operate) it is never changed.',
      gridOff: {
        charge:
          'Grid Charging stays as it is: if it is off, the battery charges only from solar, and the test may fail for that reason.',
        discharge:
          'Energy Exports stays as it is: on “Solar” no battery energy reaches the grid, and the test fails for that reason.',
      },
      check: 'Check readiness',
    },
    plan: {
      heading: 'Before the test',
      ready: 'Ready: nothing blocks the test.',
      readyWithNotes: 'Nothing stops this test, but the checklist still reports for this battery:',
      noteDoesNotStop: 'this does not stop a test {{direction}}',
      checklistBlocks: 'The checklist says this test will fail:',
      runAnyway: 'Run anyway…',
      confirmForce:
        'Run the test although it is expected to fail? For {{minutes}} min the settings listed below are changed, the test will most likely fail for the reason shown, and then every setting is put back.',
      confirmNoExport: 'Energy Exports stays as it is: without Permission to Export the doctor never changes it.',
      confirmYes: 'Yes, run it anyway',
      cancel: 'Cancel',
      settling:
        'The battery is still settling after the last test (battery {{power}}). A new test waits until it is back to its usual behaviour.',
      blocked: 'The test cannot start. Nothing has been changed.',
      observed: 'seen: {{value}}',
      touches: 'Settings the test changes',
      nothingToChange: 'None: the settings are already as the test needs them.',
      setting: 'Setting',
      now: 'Now',
      during: 'During the test',
      why: 'Why',
      leftAlone: 'Settings left as they are',
      restorePromise:
        'Before the first change, the current values are saved on this computer. Afterwards they are written back and read again until Tesla reports them unchanged, even after a crash or a lost connection.',
    },
    start: { charge: 'Start test charge', discharge: 'Start test discharge' },
    why: {
      mode_tbc_charge: 'Time-Based Control charges fastest (up to about 5 kW per Powerwall).',
      mode_tbc_discharge: 'Only under Time-Based Control does the Powerwall send battery energy to the grid.',
      reserve_cap: 'Raising the reserve to the cloud’s cap (80 %) makes the Powerwall charge up to it.',
      reserve_lowest: 'The lowest reserve lets the battery run down.',
      grid_charging_allow: 'Lets the battery charge from the grid, not only from solar.',
      exports_everything: 'Lets battery energy go to the grid, not only solar.',
      already_set: 'already as the test needs it',
      not_reported: 'Tesla does not report it, so it could not be put back: left alone',
      locked: 'marked as not editable (only Tesla or the installer may change it): left alone',
      grid_interaction_off: 'grid interaction is off: left alone',
      no_export_permission:
        'no Permission to Export (usually before the utility’s permission to operate): exporting would break the customer’s grid agreement, so never changed',
    },
    blocker: {
      missing_energy_cmds:
        'The “Energy Product Commands” permission is not granted. Reconnect the customer and tick it.',
      missing_energy_read:
        'The “Energy Product Information” permission is not granted. Reconnect the customer and tick it.',
      no_battery: 'This site reports no battery.',
      off_grid: 'The site is off grid. Try again when it is back on grid.',
      grid_event: 'A Storm Watch or grid-services event is active and overrides the settings. Try again after it ends.',
      battery_full: 'The battery is full: no room to charge. Run a discharge instead, or charge later.',
      battery_empty: 'The battery is nearly empty: nothing to discharge. Run a charge instead, or discharge later.',
      not_editable: 'The site reports its settings as not configurable.',
      site_busy: 'Another test or restore is running on this site. Wait for it to finish.',
      pending_restore: 'An earlier test’s restore could not be finished. Finish it first.',
    },
    warning: {
      soc_not_reported: 'The charge level is not reported: the room to move cannot be checked.',
      grid_status_unknown: 'The grid status is unknown.',
      export_not_permitted:
        'The site reports “Permission to Export: No” (inferred): a discharge may not reach the grid at all.',
      above_reserve_cap:
        'The charge level is at or above 80 %: the cloud will not charge further, so a test charge may fail for that reason.',
    },
    phase: {
      preparing: 'Reading the settings and saving them…',
      writing: 'Changing the settings for the test…',
      watching: 'Watching the battery',
      restoring: 'Putting the customer’s settings back…',
      finished: 'Finished',
      failed: 'Stopped by an error',
    },
    run: {
      remaining: '{{time}} left',
      stop: 'Stop and restore',
      changed: 'Changed for the test: {{list}}.',
      restored: 'Settings restored: Tesla reports them exactly as before the test.',
      untouched: 'Nothing was changed: the customer’s settings are as they were.',
      waitingToSettle: 'Waiting for the battery to settle after the last test before changing anything…',
      changedByOther: '{{setting}} was changed by someone else during the test (now {{value}}); left as it is.',
      changedByOthersKept:
        'Everything else is back as before the test. The customer’s own values stay saved on this computer: if a setting returns to the test’s value (another test putting it back), the app restores it; otherwise check with whoever changed it. The customer had:',
      blockedByChecklist: 'the checklist says this test will fail: {{title}}. Nothing was changed.',
      notRestored:
        'The settings could not be put back ({{message}}). They are saved on this computer; the app tries again every few minutes while it runs, and at the next start. To set them by hand in the Tesla app:',
      error: 'The test stopped: {{message}}',
    },
    verdict: {
      pass: 'Passed',
      fail: 'Failed',
      aborted: 'Stopped',
      blocked: 'Not started',
      setting_not_applied: 'Setting not applied',
    },
    settle: {
      settling:
        'Battery still settling: it keeps acting on the test’s values for a short while (battery {{power}}). Watching…',
      settled: 'Battery back to its usual behaviour (battery {{power}}).',
      not_settled:
        'The battery had not settled after {{minutes}} min (battery {{power}}). Check the live power in the Tesla app before leaving.',
      unknown:
        'Whether the battery has settled could not be read. Check the live power in the Tesla app before leaving.',
    },
    reason: {
      charged: 'the battery charged beyond the threshold for a sustained stretch.',
      discharged_to_grid: 'the battery discharged to the grid beyond the threshold for a sustained stretch.',
      reserve_cap_reached: 'the charge level reached the reserve cap (80 %); the cloud does not charge further.',
      exports_solar_only:
        'Energy Exports is “Solar”, so battery energy does not go to the grid. Set it to “Everything”.',
      exports_never: 'Energy Exports is off, so nothing goes to the grid.',
      exports_not_reported:
        'the battery discharged but nothing went to the grid; the site does not report its export rule.',
      no_export:
        'no battery energy went to the grid: exporting does not pay at this hour of the tariff. Try in a peak period.',
      grid_charging_off: 'Grid Charging is off, so the battery does not charge from the grid. Allow it.',
      export_not_permitted:
        'the site reports “Permission to Export: No” (inferred): nothing may go to the grid until the utility allows it.',
      battery_full: 'the battery is full.',
      battery_empty: 'the battery is empty.',
      grid_event: 'a Storm Watch or grid-services event took over.',
      off_grid: 'the site went off grid.',
      not_sustained: 'the battery moved, but not for long enough to count.',
      no_response: 'the battery did not respond in time.',
      lost_contact:
        'lost contact with Tesla during the test, so it could not be judged. The settings are restored when Tesla answers again. Check the internet connection here and at the site, then run the test again.',
      write_failed: 'Tesla refused or did not answer a settings change.',
      reserve_capped:
        'Tesla accepted the settings, but the charge level is already at the cloud’s 80 % reserve cap, so no charge could start.',
      readback_differs:
        'Tesla accepted the settings change, but the site still reports the old values: the gateway has not applied it (offline, or busy updating).',
      gateway_offline:
        'Tesla accepted the settings change, but the battery never moved: the gateway most likely has not received it. Check its internet connection.',
      aborted: 'stopped before the end.',
      missing_energy_cmds: 'the “Energy Product Commands” permission is not granted.',
      missing_energy_read: 'the “Energy Product Information” permission is not granted.',
      no_battery: 'the site reports no battery.',
      not_editable: 'the site’s settings are not configurable.',
      other_test_seen: 'the site shows another test in progress (its values or battery power); nothing was changed.',
      site_held_elsewhere: 'another installation holds this site’s lock for a test; nothing was changed.',
      site_busy: 'another test is running on this site.',
      pending_restore: 'an earlier restore is still pending.',
    },
    chart: {
      label: 'Live chart of battery, grid, solar and home power and the charge level',
      seconds: 'seconds since the first change',
      kw: 'kW',
      soc: 'Charge level %',
      battery: 'Battery',
      grid: 'Grid',
      solar: 'Solar',
      home: 'Home',
      waiting: 'Waiting for the first reading…',
      signs: 'Battery above 0 = discharging; grid above 0 = importing, below 0 = exporting.',
    },
    otherTest: {
      heading: 'Another test seems to be running on this site',
      sign: {
        test_mode_reserve: 'Time-Based Control with the backup reserve at {{value}} %: what a test {{direction}} sets',
        test_exports: 'Energy Exports on “Everything”, as a test discharge sets it',
        test_grid_charging: 'Grid Charging allowed, as a test charge sets it',
        test_battery_power: 'the battery at a test’s level ({{power}} W)',
      },
      direction: { charge: 'charge', discharge: 'discharge' },
      inferred:
        'Tesla does not say when a setting was changed: this is inferred from the values and the battery. If a test runs elsewhere, its values would be taken for the customer’s and put back later.',
      confirm: 'I know no other test is running (the customer set these values): start anyway',
    },
    lock: {
      local: 'Only this laptop’s lock: another installation would not see this test.',
      platform: 'Site lease on the energy platform: every installation connected to it sees this test.',
      team_store: 'Site lock in the team store: every installation using it sees this test.',
      unavailable: '{{kind}} is configured but could not be reached: its lock is not in force for this test.',
      heldBy: 'Held by {{holder}} ({{kind}}) until {{until}}.',
      kind: { local: 'This laptop’s lock', platform: 'The platform’s site lease', team_store: 'The team store’s lock' },
    },
    recovery: {
      label: 'Restores after an interrupted test',
      restored: 'An interrupted test on site {{site}} was finished: the customer’s settings are restored.',
      in_progress: 'A test on site {{site}} is still running elsewhere; its restore is left to it.',
      failed:
        'The settings of site {{site}} could not be put back ({{message}}). Set these values by hand in the Tesla app, or reconnect the customer and try again:',
      unreadable: 'A saved restore could not be read ({{message}}). It is kept in the data folder.',
      retry: 'Try the pending restores again',
      confirmHand: 'I have set these values in the customer’s Tesla app',
      discard: 'Forget this restore',
    },
  },
  reports: {
    heading: 'Reports',
    export: {
      heading: 'Export the diagnosis',
      none: 'Run the checklist first; then the report can be exported here.',
      includeLabel: 'Include the customer label ({{label}})',
      appendix:
        'Add the appendix to HTML and PDF: full evidence and Tesla’s answers, for support (the first page is the handover either way)',
      noLabel: 'No customer label is set for this account.',
      previewHeading: 'What will be hidden',
      previewTotal: '{{count}} values will be removed, masked or hashed before the report leaves the app.',
      category: {
        secret: 'Tokens, codes and secrets (removed)',
        vin: 'VINs (only the last 6 characters kept)',
        email: 'Email addresses (removed)',
        name: 'Names (removed)',
        phone: 'Phone numbers (removed)',
        address: 'Street addresses (removed)',
        location: 'Coordinates (removed)',
        identifier: 'Site ids and serial numbers (hashed)',
        customer_label: 'Customer label (not included)',
      },
      moreItems: '… and {{count}} more',
      fileName: 'File name: {{name}}',
      asJson: 'Save as JSON',
      asHtml: 'Save as HTML',
      asPdf: 'Save as PDF',
      working: 'Exporting…',
      saved: 'Saved as {{file}}.',
      downloaded: 'Downloaded {{file}}.',
      cancelled: 'Not saved.',
    },
    open: {
      heading: 'Open a report',
      choose: 'Choose a report file (.json)',
      drop: 'or drop a .json report file here',
      reading: 'Opening…',
      tooLarge: 'This file is too large to be a report (over 20 MB). Check that you picked the .json report file.',
      tooLargeForBrowser:
        'This report is larger than browser mode can open (about 1 MB). Open it in the desktop app, or turn it into HTML with: npm run doctor -- report --in <file> --html <out.html>',
      unreadable: 'The file could not be read. Check that it exists and that you may open it.',
    },
    view: {
      whose: 'Report for {{label}}',
      noLabel: 'Report (customer label not included)',
      made: 'Made {{when}} with app version {{version}} ({{profile}})',
      file: 'File: {{name}}',
      region: 'Region',
      scopes: 'Granted scopes',
      notReported: 'not reported',
      none: 'none',
      readOnly: 'Read-only: this is what the installer’s app reported at the time.',
      digestMismatch:
        'Warning: this report was changed after it was exported (its integrity digest does not match). Do not rely on it; ask for the original file.',
      digestMissing: 'This report has no integrity digest, so changes after export cannot be detected.',
      digestOk: 'Integrity digest matches: unchanged since export.',
      checks: 'Checklist',
      testRuns: 'Test runs',
      noTestRuns: 'No test charge or discharge was run.',
      testRun: '{{direction}} for {{minutes}} min',
      /** What the test was set to, and how long it really ran (stopped early, or the battery settled). */
      testRunTook: '{{direction}}: planned {{minutes}} min, took {{took}}',
      direction: { charge: 'Charge', discharge: 'Discharge' },
      restored: 'settings restored',
      notRestored: 'settings NOT restored',
      usage:
        'API usage: {{requests}} requests, estimated cost {{cost, currency(currency: USD; minimumFractionDigits: 2; maximumFractionDigits: 2)}}',
      verdict: {
        charge: 'Charge from the grid',
        discharge: 'Discharge to the grid',
        vehicle: 'Vehicle commands',
        ready: 'ready',
        notReady: 'not ready',
      },
      close: 'Close report',
      saveHtml: 'Save as HTML',
      savePdf: 'Save as PDF',
    },
    rerun: {
      button: 'What would today’s app say?',
      running: 'Re-running today’s rules…',
      unavailable: 'This version of the app cannot re-run the rules on this report’s responses.',
      heading: 'What changed with today’s rules',
      same: 'Today’s rules give the same result for all {{count}} checks.',
      changed: '{{title}}: {{before}} → {{after}}',
      added: '{{title}}: new check, {{after}}',
      removed: '{{title}}: no longer checked (was {{before}})',
      unchanged: '{{count}} checks unchanged.',
      not_in_report: '{{title}}: not in this report (the report says {{before}})',
      notInReportIntro:
        'Not judged again: what these checks read is not in this report (removed by redaction, or never kept in a report). They count as the report judged them.',
      todaysChecklist: 'Today’s checklist in full',
      verdict: '{{name}}: {{before}} → {{after}}',
    },
    history: {
      heading: 'Reports made on this machine',
      search: 'Search by customer label',
      empty: 'No reports have been exported on this machine yet.',
      noMatch: 'No report matches “{{query}}”.',
      rebuilt: 'The history list was damaged and has been rebuilt from the saved reports.',
      open: 'Open',
      noLabel: '(no customer label)',
      counts: '{{fail}} to fix, {{warn}} warnings, {{pass}} OK',
      formats: 'saved as {{list}}',
      exported: 'Exported {{when}}',
    },
  },
  accounts: {
    heading: 'Customers',
    dismiss: 'Dismiss',
    listHeading_one: '{{count}} customer on this laptop',
    listHeading_other: '{{count}} customers on this laptop',
    empty: 'No customer is connected yet. Connect the homeowner’s Tesla account above.',
    connected: 'The customer’s Tesla account is connected.',
    /** The page the system browser ends on after a sign-in (the doctor's loopback server), in the app's language. */
    signInPage: {
      titleOk: 'Connected',
      titleRefused: 'Sign-in refused',
      close: 'You can close this tab and return to Tesla Connect Doctor.',
      platformConnected: 'The platform is connected.',
      notFound: 'Not found.',
      failed: 'The app could not finish the sign-in. Start it again from the Customers screen.',
    },
    connectedMissing_one:
      'Signed in, but the customer left {{count}} box unticked that the platform needs: {{boxes}}. While they are still here: press “Reconnect now” and have them tick it.',
    connectedMissing_other:
      'Signed in, but the customer left {{count}} boxes unticked that the platform needs: {{boxes}}. While they are still here: press “Reconnect now” and have them tick them.',
    reconnectNow: 'Reconnect now',
    forgotten: 'The customer was forgotten: their sign-in was removed from this laptop.',
    connect: {
      heading: 'Connect a customer’s Tesla account',
      labelField: 'Your label for this customer (optional)',
      labelPlaceholder: 'e.g. Miller, 12 Oak Street',
      hint: 'The homeowner signs in at Tesla in the web browser and ticks the permissions. The app never sees their password.',
      start: 'Connect a Tesla account',
      waitingSystem:
        'Tesla’s sign-in page opened in the web browser. Waiting for the customer to sign in and press “Allow”…',
      waitingPage: 'Tesla’s sign-in page opened in a new tab. Waiting for the customer to sign in and press “Allow”…',
      expires: 'This sign-in stays open until {{time}}.',
      openAgain: 'Sign-in page did not open? Open it here',
      cancel: 'Cancel sign-in',
      ways: {
        legend: 'Way in',
        platform: 'Through {{platform}}',
        own_app: 'This doctor’s own app',
        replace: 'Replace {{platform}}’s connection',
      },
      wayHint: {
        platform:
          'Borrows {{platform}}’s own connection to this customer: nobody signs in again and nothing is kept. The checks judge exactly what {{platform}} has.',
        own_app:
          'The customer signs in to the doctor’s own app. {{platform}} stays connected; its permissions and virtual key are not judged.',
        replace:
          'The customer signs in under {{platform}}’s app, which signs them out of {{platform}} until they reconnect there.',
      },
      customerField: 'Customer’s e-mail or reference at {{platform}}',
      customerPlaceholder: 'e.g. c-0001',
      confirm: {
        title: 'Replace {{platform}}’s connection?',
        sentence: 'This signs {{customer}} out of {{platform}} until they reconnect there.',
        unnamed: 'the customer',
        yes: 'Replace the connection',
        no: 'Cancel',
      },
      forPlatform: {
        button: 'Connect for {{platform}}',
        explain:
          'The customer signs in once in the browser, under {{platform}}’s app; {{platform}} keeps the connection (this laptop keeps nothing of it), and the doctor then goes through the platform.',
        addBoxes: 'Connect for {{platform}} to add the missing boxes',
      },
    },
    keychain: {
      unavailable: 'The system keychain cannot keep the customer’s sign-in: {{reason}}',
      useSessionOnly: 'Use session-only mode (keep sign-ins in memory until the app closes)',
      sessionOnlyOn: 'Session-only mode is on: new sign-ins are kept in memory only and are gone when the app closes.',
      blockedReason:
        'Connect is off: the system keychain cannot keep the sign-in ({{reason}}). You, on this laptop: choose “Use session-only mode” above, or unlock the system keychain and restart the app.',
    },
    card: {
      selected: 'Selected',
      state: { connected: 'Connected', reconnect_needed: 'Reconnect needed', missing_consent: 'Permissions missing' },
      sessionOnly: 'Session only',
      way: {
        platform: 'Through the platform',
        own_app: 'The doctor’s own app',
        replace: 'Replaced the platform’s connection',
      },
      email: 'Email',
      emailNotReported: 'Not reported (Profile Information not granted)',
      region: 'Region',
      connectedAt: 'Connected on',
      scopes: 'Permissions',
      scopeCount_one: '{{count}} permission granted',
      scopeCount_other: '{{count}} permissions granted',
      boxCount: '{{ticked}} of {{asked}} boxes ticked',
      unticked: 'Unticked on Tesla’s consent screen: {{boxes}}',
      scopesAsOf: 'Scopes as of {{time}}',
      newFromTesla:
        'New from Tesla: {{scopes}}. The doctor does not know these scopes yet; they are listed, not an error.',
      reconnectReason:
        'Tesla no longer accepts this sign-in: {{reason}} Press “Reconnect” and let the customer sign in again.',
      switch: 'Switch to this customer',
      reconnect: 'Reconnect',
      rename: 'Change label',
      labelField: 'Label',
      saveLabel: 'Save label',
      cancel: 'Cancel',
      forget: 'Forget this customer',
      forgetConfirm: 'Forget {{label}} and remove their sign-in from this laptop?',
      forgetYes: 'Yes, forget',
    },
    endVisit: {
      heading: 'End site visit',
      explain:
        'Before you leave: removes every customer’s sign-in, label, reports and test records from this laptop, and their names from its logs.',
      start: 'End site visit',
      question_one:
        'Forget the {{count}} customer on this laptop? Their sign-in, label, the reports kept here and their test records are removed.',
      question_other:
        'Forget all {{count}} customers on this laptop? Their sign-ins, labels, the reports kept here and their test records are removed.',
      confirm_one: 'Forget {{count}} customer',
      confirm_other: 'Forget all {{count}} customers',
      cancel: 'Keep them',
      done: 'Site visit ended',
      removedHeading: 'Removed from this laptop',
      nothingRemoved: 'There was nothing of a customer left to remove.',
      keptHeading: 'Kept, and why',
      close: 'Close',
      removed: {
        keychain_sign_ins_one: '{{count}} sign-in, deleted from the system keychain',
        keychain_sign_ins_other: '{{count}} sign-ins, deleted from the system keychain',
        session_sign_ins_one: '{{count}} sign-in held in memory for this session only (it was never in the keychain)',
        session_sign_ins_other:
          '{{count}} sign-ins held in memory for this session only (they were never in the keychain)',
        customers_one: '{{count}} customer: label, email and permissions',
        customers_other: '{{count}} customers: labels, emails and permissions',
        results_one: '{{count}} checklist or test result held for the next report',
        results_other: '{{count}} checklist and test results held for the next report',
        reports_one: '{{count}} report kept in the app’s report history',
        reports_other: '{{count}} reports kept in the app’s report history',
        journals_one: '{{count}} finished test-charge journal',
        journals_other: '{{count}} finished test-charge journals',
        support_bundles_one: '{{count}} support bundle kept in the data folder',
        support_bundles_other: '{{count}} support bundles kept in the data folder',
        log_lines_one: '{{count}} log line that named a customer (the name or id is blanked)',
        log_lines_other: '{{count}} log lines that named a customer (the names and ids are blanked)',
      },
      kept: {
        sign_in: '{{customer}}: sign-in, label and reports stay. {{reason}}',
        journal: '{{customer}}: the test-charge journal (the settings to put back) stays. {{reason}}',
        saved_files: 'Report files you saved or downloaded stay where you put them. {{reason}}',
      },
      reason: {
        restore_pending:
          'A Powerwall restore is still pending and needs this sign-in: finish it on the Test charge screen, then forget this customer.',
        test_running:
          'A test charge is running: stop it, wait until the settings are restored, then forget this customer.',
        saved_outside:
          'The app does not delete files outside its own folder: delete them yourself if no copy should stay on this laptop.',
      },
    },
    region: { NA: 'North America / Asia-Pacific', EU: 'Europe, Middle East, Africa', CN: 'China' },
    scope: {
      openid: 'Sign-in',
      offline_access: 'Stay signed in',
      // Tesla's own box labels, from the one list in shared/tesla.
      ...CONSENT_LABELS,
    },
  },
  settings: {
    nav: 'Settings',
    theme: { heading: 'Appearance', system: 'As the system', light: 'Light', dark: 'Dark' },
    heading: 'Settings',
    saved: 'Saved.',
    removed: 'Profile removed.',
    invalid: 'Not saved: some fields need fixing.',
    recovered:
      'The settings file could not be read ({{problem}}). It was kept at {{keptAt}} and the app started with default settings.',
    profiles: {
      heading: 'Connection profile',
      active: 'New sign-ins use',
      kind: { demo: 'built-in simulator', tesla: 'Tesla developer application' },
      demoName: 'Demo',
      needsSecret: 'needs its client secret',
      demoCallback: 'How the sign-in returns to the app',
      summary: 'Client id {{clientId}}, redirect URI {{redirectUri}}, partner domain {{domain}}',
      broker: 'The code exchange is done by the token broker at {{url}}.',
      remove: 'Remove profile {{name}}',
    },
    callback: {
      loopback: 'Loopback (http://127.0.0.1 on a free port)',
      deepLink: 'Deep link (com.teslaconnectdoctor.app://)',
      deepLinkHint: 'A deep link reaches the installed desktop app only; in browser mode use the loopback.',
    },
    secret: {
      field: 'Client secret',
      stored: 'A client secret is stored in the keychain.',
      missing: 'No client secret stored yet.',
      save: 'Save to keychain',
      clear: 'Remove from keychain',
      saved: 'The client secret was saved to the keychain.',
      cleared: 'The client secret was removed from the keychain.',
    },
    form: {
      heading: 'Add a Tesla developer application',
      explain:
        'For real customer accounts: the values registered at developer.tesla.com. A profile with the same id is replaced.',
      id: 'Profile id (lower-case letters, digits, dashes)',
      name: 'Name',
      clientId: 'Client id',
      redirectUri: 'Redirect URI (as registered with Tesla)',
      partnerDomain: 'Partner domain (for the key-pairing link)',
      credential: 'How the sign-in is completed',
      useSecret: 'Client secret in this computer’s keychain (an administrator types it once)',
      useBroker: 'A token broker server keeps the secret',
      brokerUrl: 'Token broker URL (https)',
      save: 'Save profile',
    },
    way: {
      legend: 'Way in',
      platform: 'Through the platform',
      own_app: 'The doctor’s own app',
      replace: 'Replace the platform’s connection',
      explain: {
        platform:
          'Borrows the platform’s own connection to the customer: nobody signs in again, and the checks judge exactly what the platform has.',
        own_app:
          'Signs the customer in under your own app’s client id: the platform stays connected, but its scopes and virtual key are not judged.',
        replace:
          'Signs the customer in under the platform’s client id: this signs them out of the platform until they reconnect there.',
      },
      unnamed: 'A sign-in under this client id (no way in chosen yet: edit the profile to name one).',
      uses: 'Way in: {{way}}. {{explain}}',
    },
    platform: {
      url: 'Platform connection API (https address)',
      name: 'Platform name (as shown to you and the customer)',
      keyField: 'Your agent key for {{platform}}',
      keyStored: 'An agent key is stored in the keychain.',
      keyMissing: 'No agent key stored yet: the platform’s administrator gives you one.',
      keySave: 'Save key to keychain',
      keyReplace: 'Replace key',
      keyRemove: 'Remove key from keychain',
      keySaved: 'The agent key was saved to the keychain.',
      keyRemoved: 'The agent key was removed from the keychain.',
      demo: 'Goes through the simulator’s demo platform {{platform}} with its demo agent key.',
      summary: 'Platform {{platform}} at {{host}}',
      needsKey: 'needs your agent key',
      test: 'Test the platform',
      testing: 'Calling {{host}}…',
      result: {
        ok: '{{host}} answered as a platform and accepted your agent key.',
        no_platform: 'This profile does not go through a platform.',
        no_key:
          'No agent key is stored for {{host}}. Enter the key the platform’s administrator gave you, then test again.',
        key_invalid:
          '{{host}} did not accept this agent key (401): it is wrong, or it was withdrawn. The platform’s administrator gives you a new key; replace it here.',
        forbidden:
          '{{host}} accepted the key but refused what the doctor needs (403). The platform’s administrator gives your key the right to read customers and connect them.',
        unreachable:
          '{{host}} could not be reached. Check the address and this computer’s network; if both are right, the platform’s administrator checks that the server is up.',
        not_platform:
          'Something answered at {{host}}, but not as a platform connection API (HTTP {{status}}). Check the address: it ends where the platform’s “/v1/…” calls begin, e.g. https://platform.example/api.',
      },
    },
    import: {
      heading: 'Import profiles from a file',
      explain: 'For IT rollout: a JSON file with one profile or { "profiles": [...] }. It must not contain a secret.',
      choose: 'Choose a profiles file (.json)',
      done: 'Profiles imported.',
      tooLarge: 'This file is too large to be a profiles file.',
    },
    sessionOnly: {
      heading: 'Session-only mode',
      explain:
        'Keeps new customer sign-ins in memory only, for when the system keychain is not available. They are gone when the app closes.',
      toggle: 'Keep new sign-ins for this session only',
    },
  },
  report: {
    title: 'Tesla Connect Doctor report',
    titleFor: 'Tesla Connect Doctor report – {{label}}',
    customer: 'Customer',
    made: 'Made',
    app: 'App',
    region: 'Region',
    scopes: 'Granted scopes',
    way: 'Way in',
    integrity: 'Integrity',
    notIncluded: 'not included',
    notReported: 'not reported',
    none: 'none',
    digestMismatch:
      'Warning: this report was changed after it was exported (its integrity digest does not match). Do not rely on it; ask for the original file.',
    digestMissing: 'Warning: this report has no integrity digest, so edits after export cannot be detected.',
    verdict: '{{name}}: {{state}}',
    ready: 'ready',
    charge: 'Charge from the grid',
    discharge: 'Discharge to the grid',
    vehicle: 'Vehicle commands',
    checklist: 'Checklist',
    noChecks: 'No checks in this report.',
    status: {
      pass: 'OK',
      warn: 'Warning',
      fail: 'Needs fixing',
      unknown: 'Not reported',
      not_applicable: 'Not applicable',
      not_checked: 'Not checked',
    },
    readFrom: 'Read from',
    field: 'Field',
    value: 'Value',
    fix: 'Fix:',
    fixBy: 'Fix ({{actor}}):',
    actor: { customer: 'customer', installer: 'installer', tesla: 'tesla', app: 'app' },
    scanPairing: 'Scan on the phone with the Tesla app, with the car selected:',
    testRuns: 'Test runs',
    noTestRuns: 'No test charge or discharge was run.',
    testRun: 'Test run {{n}}: {{direction}} for {{minutes}} min',
    direction: { charge: 'charge', discharge: 'discharge' },
    runFacts: 'Site {{site}} · started {{started}}',
    runEnded: ' · ended {{ended}}',
    gridInteraction: ' · grid interaction {{state}}',
    on: 'on',
    off: 'off',
    settingsRestored: ' · settings restored: ',
    yes: 'yes',
    no: 'NO',
    setting: 'Setting',
    before: 'Before',
    after: 'After',
    notRead: 'not read',
    changed: 'changed',
    usage: 'API usage',
    requests: 'Requests',
    byClass: 'Data / commands / wakes / auth',
    cost: 'Estimated cost',
    costValue: 'US$ {{cost}}',
    appendix: 'Appendix: Fleet API responses (redacted)',
    noneRaw: 'None.',
    footer:
      'Made by Tesla Connect Doctor. Secrets, VINs, emails, names, addresses and coordinates were removed or masked before export; site ids and serial numbers are hashed.',
    handover: {
      title: 'Site visit handover',
      customerNotIncluded: 'Customer (name not included)',
      ready: 'Ready',
      notReady: 'Not ready',
      waiting: 'Waiting',
      because: 'Because of: {{list}}',
      waitingFor: 'Waiting for: {{list}}',
      found: 'What was found',
      foundNone_one: 'Nothing needs fixing: the {{count}} check that applies passed.',
      foundNone_other: 'Nothing needs fixing: all {{count}} checks that apply passed.',
      foundSome_one: '{{count}} thing needs attention (listed below).',
      foundSome_other: '{{count}} things need attention (listed below).',
      passedList: 'Checked and OK: {{list}}.',
      fixed: 'Fixed during this visit',
      remains: 'What remains, and who does it',
      nothingRemains: 'Nothing remains to be done.',
      fixer: {
        on_site: 'You on site',
        customer: 'The customer, in the Tesla app',
        platform: 'The platform',
        tesla: 'Tesla',
        waiting: 'Waiting: nobody fixes this today',
      },
      test: 'Test result',
      result: {
        charge: 'Charged the battery: {{verdict}}',
        charge_grid: 'Charged the battery from the grid: {{verdict}}',
        discharge: 'Discharged the battery into the home: {{verdict}}',
        discharge_grid: 'Exported to the grid: {{verdict}}',
      },
      verdict: { pass: 'passed', fail: 'failed', aborted: 'stopped before the end', blocked: 'not started' },
      started: 'started {{at}}',
      took: 'took {{took}}',
      seconds: '{{s}} s',
      minutes: '{{m}} min {{s}} s',
      restored: 'the customer’s settings were put back and checked',
      notRestored: 'the customer’s settings were NOT put back: see the appendix for the values to set',
      seeAppendix: 'The full evidence and Tesla’s answers follow in the appendix.',
      noAppendix: 'Support can ask for the report with its appendix (full evidence and Tesla’s answers).',
      integrity: 'Integrity: sha256 {{digest}}…',
      app: 'Tesla Connect Doctor {{version}}.',
      appendixTitle: 'Appendix: full evidence',
    },
    chart: {
      battery: 'Battery (W, + discharging)',
      grid: 'Grid (W, + importing)',
      soc: 'Charge (%)',
      minutes: '{{value}} min',
      tooFew: 'Not enough samples to draw a chart.',
    },
  },
  cli: {
    platform: {
      needsCustomer: '{{command}}: --platform needs --customer <e-mail or reference>.',
      noKey:
        '{{command}}: no agent key for the platform at {{host}}. Set TCD_PLATFORM_KEY, or store your key in Settings (it is kept in the keychain); the platform’s administrator gives it.',
      way: 'Way in: {{way}}.',
      ways: {
        platform: 'through the platform (its connection is borrowed, nothing is kept)',
        own_app: 'the doctor’s own app (the platform’s scopes and key are not judged)',
        replace: 'replaced the platform’s connection',
      },
      alreadyConnected:
        'The platform is connected to {{customer}} (scopes: {{scopes}}). Nothing to do: diagnose with --platform.',
      connectedForPlatform:
        'Connected {{customer}} for the platform (scopes: {{scopes}}). The platform keeps the connection.',
      replaceRefused: '{{command}}: {{sentence}} Add --replace-platform-connection to do it anyway.',
      replacing: 'Replacing the platform’s connection: {{sentence}}',
    },
    failed: '{{command}}: {{message}}',
    badArgs: '{{command}}: {{message}}\nUsage: npm run doctor -- {{usage}}',
    badLang: '{{command}}: --lang must be en or de.',
    badFormat: '{{command}}: --format must be text or json.',
    noCustomer:
      '{{command}}: no customer is connected in {{dir}}. Connect one first (npm run doctor -- connect), or give --scenario <name>.',
    noAccount:
      '{{command}}: no account "{{id}}"; pick one with --account <id> (npm run doctor -- accounts lists them).',
    severalCustomers:
      '{{command}}: several customers are connected; pick one with --account <id> (npm run doctor -- accounts lists them).',
    args: {
      direction: '--direction must be charge or discharge.',
      minutes: '--minutes must be a number from 1 to {{max}}.',
      speed: '--speed must be a number above 0 and at most 10000 (simulator only).',
      format: '--format must be text or json.',
      oneWayIn: 'give --platform, --scenario or --api-base, not two of them.',
      scenarioOrApiBase: 'give either --scenario (an embedded simulator) or --api-base (a running one), not both.',
      speedSimulatorOnly:
        '--speed only applies to a simulator (--scenario, --api-base or a platform on this computer).',
      teamStore: '--team-store must be a postgres:// URL (the embedded store is not shared with other installations).',
      platformApiWithPlatform:
        '--platform-api is for a customer reached another way; --platform already takes that platform’s site lease (same address, same agent key).',
      site: '--site must be an energy site id (digits).',
      siteNotListed: 'site {{site}} is not one of this account’s energy sites ({{list}}).',
      noSites: 'none',
      platformUrl: {
        notAddress: '{{option}} must be an address such as https://platform.example/api',
        credentials: '{{option}} must not carry a user name, password or #',
        notHttps:
          '{{option}} must be https://, or http:// to a simulator on this computer (the agent key travels to it)',
      },
    },
    run: {
      usage: 'Usage: npm run doctor -- {{usage}}',
      speedRefused: 'the simulator refused the speed ({{status}}).',
      needsLoopback: 'The headless connect needs the Demo profile’s loopback callback.',
      signInUnfinished: 'The sign-in did not finish.',
      store: {
        movedAside:
          'Warning: {{what}} ({{problem}}); the file was kept at {{keptAt}} and the app started afresh. Send that file to support, or move it back once repaired.',
        other: 'A settings file could not be read',
        not_json: 'it is not valid JSON',
        wrong_layout: 'it does not match the expected layout',
      },
    },
    doctor: {
      usage: 'Usage: npm run doctor -- <command> [options]\n\nCommands:',
      unknown: 'Unknown command "{{name}}". Run "npm run doctor -- --help" for the list.',
    },
    summary: {
      accounts: 'List the connected customers (label, email, region, scopes, state); never prints a token.',
      connect: 'Connect the simulator’s customer account headlessly (auto-consent, loopback callback).',
      diagnose: 'Run the diagnostic checklist and print the report (JSON: report@1). Never wakes a car.',
      explain: 'Name the cause of a Tesla error text, who fixes it and how (offline)',
      forget: 'Forget one customer, or all of them (--all): keychain entry and local data removed.',
      recover: 'Finish any restore a test charge left pending, and verify it.',
      report: 'Render a report file as HTML/PDF, or verify its integrity digest.',
      supportBundle: 'Write a support bundle (redacted logs, settings without secrets, the latest report) as a zip.',
      testCharge:
        'Test charge or discharge a Powerwall; the settings are always restored and verified. Through --platform the test takes that platform’s site lease by itself; --platform-api <url> takes a platform’s lease for a customer reached another way (--scenario, --api-base, a stored customer).',
      sweep:
        'Diagnose every home the platform lists through borrowed tokens; finds incidents and changes. Never wakes a car.',
      board: 'Print the latest sweep from the store: counts by cause, incidents, changes.',
    },
    sweep: {
      needsPlatform: '{{command}}: give the platform with --platform <url> (its customer list and borrowed tokens).',
      badDuration: '{{command}}: --stale-after must be a duration such as 0s, 30m, 6h or 2d.',
      badNumber: '{{command}}: --{{option}} must be a number in {{range}}.',
      // Numbers go through i18next's formatters (Intl.NumberFormat in the text's language): 10,000 / 10.000.
      plan_one:
        'Sweeping {{count, number}} home ({{skipped, number}} not due): about {{requests, number}} Fleet API requests (3 per energy home, one more for a home with cars), about {{cost, currency(USD)}} at Tesla’s published price (energy calls may be free). Ctrl-C stops and keeps what was swept.',
      plan_other:
        'Sweeping {{count, number}} homes ({{skipped, number}} not due): about {{requests, number}} Fleet API requests (3 per energy home, one more for a home with cars), about {{cost, currency(USD)}} at Tesla’s published price (energy calls may be free). Ctrl-C stops and keeps what was swept.',
      progress_one: 'swept {{done, number}} of {{count, number}} home (requests so far: {{requests, number}})',
      progress_other: 'swept {{done, number}} of {{count, number}} homes (requests so far: {{requests, number}})',
      stopped_one: 'Stopped: {{count, number}} home swept and kept; the next sweep takes the rest.',
      stopped_other: 'Stopped: {{count, number}} homes swept and kept; the next sweep takes the rest.',
      done_one:
        '{{count, number}} home in {{seconds, number(maximumFractionDigits: 1)}} s: {{requests, number}} requests, {{wakes, number}} wake-ups, {{rateLimited, number}} rate-limited answers.',
      done_other:
        '{{count, number}} homes in {{seconds, number(maximumFractionDigits: 1)}} s: {{requests, number}} requests, {{wakes, number}} wake-ups, {{rateLimited, number}} rate-limited answers.',
      cause: '  {{cause}}: {{count, number}}',
      incident_one:
        'Incident: {{cause}} on {{count, number}} home ({{percent, number(maximumFractionDigits: 1)}} %). {{advice}}',
      incident_other:
        'Incident: {{cause}} on {{count, number}} homes ({{percent, number(maximumFractionDigits: 1)}} %). {{advice}}',
      changes: 'Since the last sweep: {{broken, number}} newly broken, {{recovered, number}} recovered.',
      noSweep: 'No sweep in the store yet: run npm run doctor -- sweep --platform <url> first.',
      storeFailed:
        '{{command}}: the store could not be opened ({{message}}). Check --store (postgres://user@host/db) or the data folder.',
    },
    accounts: {
      none: 'No customers connected.',
      line: '{{id}}  “{{label}}”  {{email}}  {{region}}  since {{since}}  {{state}}',
      noEmail: '(email not reported)',
      connected: 'connected',
      reconnect: 'RECONNECT NEEDED ({{reason}})',
      notAccepted: 'sign-in no longer accepted',
      scopes: '    scopes: {{scopes}}',
    },
    connect: {
      both: 'connect: give either --scenario (an embedded simulator) or --api-base (a running one), not both.',
      sessionOnlyHint: ' (add --session-only to try the flow without saving)',
      connected: 'Connected “{{label}}” ({{email}}), region {{region}}, account id {{id}}.',
      noEmail: 'email not reported',
      granted: 'Granted: {{scopes}}',
      sessionOnly: 'Session-only: the tokens were kept in memory and are gone now.',
      saved: 'Saved to the keychain; settings in {{dir}}.',
    },
    diagnose: {
      wrote: 'Wrote the redacted report to {{file}}',
      notKept: 'Warning: the report was not kept in the report history: {{message}}',
      noSimulator: 'diagnose: could not connect to the simulator: {{message}}',
    },
    forget: {
      none: 'No customers to forget.',
      forgotAll_one: 'Forgot {{count}} customer.',
      forgotAll_other: 'Forgot {{count}} customers.',
      noMatch: 'forget: no customer with the id or label “{{key}}”. See: npm run doctor -- accounts',
      several: 'forget: several customers are labelled “{{key}}”; give the account id.',
      forgot: 'Forgot “{{label}}”.',
      kept: 'Kept “{{label}}”: {{reason}}',
    },
    recover: {
      nothing: 'Nothing to recover: no test left settings behind.',
      restored: 'site {{site}}: settings restored and verified ({{settings}})',
      inProgress: 'site {{site}}: a test is still running there; left to it',
      failed: 'site {{site}}: NOT restored ({{error}}). Set by hand: {{settings}}. Journal kept: {{file}}',
      unreadable: '{{file}}: unreadable journal ({{error}}); kept',
    },
    supportBundle: {
      written_one: 'Support bundle written: {{path}} ({{count}} file: {{list}})',
      written_other: 'Support bundle written: {{path}} ({{count}} files: {{list}})',
      failed:
        'support-bundle: could not write the zip ({{message}}). Check the folder exists and is writable, or pass --out <dir>.',
    },
    testCharge: {
      noBatterySite: 'this account has no energy site with a battery.',
      severalSites: 'several battery sites ({{list}}): pick one with --site <id>.',
      noSimulator: 'the embedded simulator did not start.',
      verdict: 'Verdict: {{verdict}} ({{code}}): {{text}}',
      blocked: '  blocked: {{text}}',
      seen: ' (seen: {{value}})',
      restored: 'Settings restored: site_info reads back exactly as before the test.',
      notRestored: 'SETTINGS NOT RESTORED: {{error}}',
      unknownError: 'unknown error',
      journalKept:
        'test-charge: the restore could not complete; the journal is kept ({{file}}). Run "npm run doctor -- recover" once the account works again, or set by hand: {{settings}}',
      dataFolder: 'data folder',
      start: 'Test {{direction}} of site {{site}} for {{minutes}} min.',
      startNoGrid: 'Test {{direction}} of site {{site}} for {{minutes}} min (no grid interaction).',
      stopping: 'Stopping: restoring the settings first…',
      set: '  set {{key}}: {{from}} -> {{to}} ({{why}})',
      leave: '  leave {{key}}: {{value}} ({{why}})',
      notReported: 'not reported',
      retry: '  retry {{attempt}} in {{seconds}} s: {{message}}',
      recovering: 'test-charge: finishing restores left pending by an earlier test first…',
      recoverAgain: '  Run "npm run doctor -- recover" again once the account works.',
      blockedByChecklist: '  blocked by the checklist: {{title}} ({{check}})',
      nothingWritten:
        '  Nothing was written. Fix it (npm run doctor -- diagnose shows how), or run with --force to see the test fail.',
      forced: '  forced past the checklist: {{title}} ({{check}})',
      untouched: 'Settings untouched: nothing was written.',
      changedByOther:
        '{{setting}} was changed by someone else during the test (now {{value}}); left as it is (the customer had {{original}}).',
      notAllRestored: 'SETTINGS NOT ALL RESTORED: the rest reads back as before the test; the journal is kept.',
      otherTestSign: '  seen: {{text}}',
      lock: 'Lock: {{text}}',
      mayStillAct:
        'The battery may keep acting on the test values for a minute or so: check live power in the Tesla app before another test.',
    },
    sample: {
      line: '  t={{t}} s  battery {{battery}}  grid {{grid}}  solar {{solar}}  home {{home}}  charge {{charge}}',
      none: 'n/a',
      watts: '{{value}} W',
      percent: '{{value}} %',
    },
    report: {
      unreadable: 'the file could not be read.',
      verified: 'OK: the digest matches (sha256 {{digest}}); the report is as exported.',
      noDigest: 'NOT VERIFIED: the report has no integrity digest.',
      mismatch: 'MISMATCH: the report was changed after it was exported. Ask for the original file.',
      badPaper: 'report: --paper must be A4 or Letter.',
      badLang: 'report: --lang must be en or de.',
      unverifiedWarning: 'Warning: this report was changed after export or has no digest; the output says so too.',
      wrote: 'Wrote {{file}}',
    },
    explain: {
      oneInput: 'explain: give the error text or --file, not both and not neither.\nUsage: npm run doctor -- {{usage}}',
      stdinTooLarge: 'the input is larger than {{kb}} KB',
      notAFile: '{{file}} is not a file',
      fileTooLarge: '{{file}} is larger than {{kb}} KB; paste the error lines only',
      notRecognised: 'Not recognised: {{hint}}',
      nearest: 'Nearest known causes (not a diagnosis):',
      nearestLine: '  - {{title}} [{{cause}}] — who: {{actor}}; check: {{check}}',
      cause: 'Cause: {{title}} [{{cause}}]',
      meaning: 'What it means: {{meaning}}',
      who: 'Who fixes it: {{who}}',
      until: 'Until: {{until}}',
      wait: 'Tesla asked to wait: {{seconds}} s',
      fix: 'Fix: {{summary}}',
      check: 'Check to run: {{check}}',
      confidence: 'Confidence: {{level}} ({{how}})',
      confidenceVia: 'Confidence: {{level}} ({{how}}); the message came through {{via}}',
      level: { high: 'high', medium: 'medium', low: 'low' },
      how: {
        high: 'matched a known text',
        medium: 'from the HTTP status only',
        low: 'from the HTTP status only, which has several causes',
      },
      actor: {
        customer: 'the customer (in the Tesla app or at the car)',
        installer: 'you, on site (or in Tesla One / Powerhub)',
        platform: 'the energy platform (its Tesla developer account) — nobody on site can fix this',
        tesla_support: 'Tesla (support or service)',
        wait: 'nobody — it passes by itself',
      },
    },
    checklist: {
      charge: 'Ready to charge the battery from the grid: {{answer}}',
      discharge: 'Ready to discharge the battery to the grid: {{answer}}',
      vehicle: 'Ready for vehicle commands: {{answer}}',
      yes: 'YES',
      no: 'NO',
      notYet: 'NOT YET',
      waitingFor: '(waiting for {{list}})',
      notChecked_one: '{{count}} check not checked: {{titles}}',
      notChecked_other: '{{count}} checks not checked: {{titles}}',
      blockedBy: '(blocked by {{list}})',
      subject: { account: 'account', energy_site: 'energy_site', vehicle: 'vehicle' },
      status: {
        pass: 'PASS',
        warn: 'WARN',
        fail: 'FAIL',
        unknown: 'UNKNOWN',
        not_applicable: 'N/A',
        not_checked: 'NOT CHECKED',
      },
      fix: 'Fix: {{summary}}',
      usage:
        'Fleet API requests: {{requests}} (data {{data}}, commands {{commands}}, wakes {{wakes}}), estimated cost {{cost, currency(currency: USD; minimumFractionDigits: 3; maximumFractionDigits: 3)}}',
      nothingToFix: 'Nothing to fix.',
      toFix_one: '{{count}} thing to fix',
      toFix_other: '{{count}} things to fix',
      fixer: {
        on_site: 'You on site',
        customer: 'The customer in the Tesla app',
        platform: 'The platform',
        tesla: 'Tesla',
        waiting: 'Waiting: nobody fixes this today',
      },
      passed_one: '{{count}} check passed: {{titles}}',
      passed_other: '{{count}} checks passed: {{titles}}',
      passedWithNa_one: '{{count}} check passed ({{na}} not applicable): {{titles}}',
      passedWithNa_other: '{{count}} checks passed ({{na}} not applicable): {{titles}}',
    },
  },
  /** A test's verdict or blocker as one full sentence (terminal and report; the screen has its own). */
  outcome: {
    checklist:
      'The checklist says this test will fail: fix that item first, or run it anyway (--force) to see it fail.',
    missing_energy_cmds:
      'The "Energy Product Commands" permission (energy_cmds) is not granted: reconnect and tick it.',
    missing_energy_read:
      'The "Energy Product Information" permission (energy_device_data) is not granted: reconnect and tick it.',
    no_battery: 'This site reports no battery.',
    off_grid: 'The site is off grid: nothing moves to or from the grid until it is back on grid.',
    grid_event: 'A Storm Watch or grid-services event is active and overrides the settings: try again after it ends.',
    battery_full: 'The battery is full: there is no room to charge. Try a discharge, or charge later.',
    battery_empty: 'The battery is at or near empty: there is nothing to discharge. Try a charge, or discharge later.',
    not_editable: 'The site reports its settings as not configurable through the API.',
    other_test_seen:
      'The site shows another test in progress (Time-Based Control with a test’s reserve, the battery at a test’s level): nothing was written. If you know no other test is running, run again with --other-test-confirmed.',
    site_held_elsewhere:
      'Another installation holds this site for a test (its lease on the platform or in the team store): nothing was written. Wait for it to finish.',
    site_busy: 'Another test is running on this site.',
    pending_restore: 'An earlier test’s restore could not be finished. Finish it first.',
    reserve_cap_reached: 'The charge level reached the backup reserve cap (80%): the cloud will not charge further.',
    exports_solar_only:
      'Energy Exports is "Solar": battery energy does not go to the grid. Set it to "Everything" (or allow grid interaction).',
    exports_never: 'Energy Exports is off ("never"): nothing goes to the grid.',
    exports_not_reported:
      'The battery discharged but no energy went to the grid; the site does not report its export rule.',
    no_export:
      'No battery energy went to the grid: under Time-Based Control exporting does not pay at this hour of the tariff. Try again in a peak period.',
    export_not_permitted:
      'The site reports exports as not configured ("Permission to Export: No", inferred): nothing may go to the grid until the utility allows it.',
    grid_charging_off:
      'Grid Charging is off: the battery does not charge from the grid. Allow it (or allow grid interaction).',
    not_sustained: 'The battery moved, but not for long enough to count.',
    no_response: 'The battery did not respond in time.',
    lost_contact:
      'Lost contact with Tesla during the test, so it could not be judged. The settings are restored when Tesla answers again (the app keeps trying; "npm run doctor -- recover" finishes it). Check the internet connection of this computer and of the site, then run the test again.',
    write_failed:
      'Tesla refused or did not answer a settings change, so the test could not run. Whether the settings are back is said separately.',
    charged: 'The battery charged beyond the threshold for a sustained stretch.',
    discharged_to_grid: 'The battery discharged to the grid beyond the threshold for a sustained stretch.',
    aborted: 'Stopped before the end. Whether the settings are back is said separately.',
    reserve_capped:
      'Tesla accepted the settings, but the battery never charged: the cloud caps the backup reserve at 80% and the charge level is already there, so raising the reserve cannot start a charge.',
    readback_differs:
      'Tesla accepted the settings change, but the site still reports the old values: the gateway has not applied it (it may be offline, or busy with an update).',
    gateway_offline:
      'Tesla accepted the settings change, but the battery never moved: the gateway most likely has not received it (offline or no internet). Check the gateway’s connection and try again.',
  },
  /** The main process's user-facing errors (`new UserFacingError('<key>', params)`), shown in the page's language. */
  errors: {
    // Main-side errors that reach the terminal or the screen (eng-finish): the words once, in the catalogue.
    borrowed_dropped: 'The borrowed sign-in was dropped (the visit ended).',
    borrowed_not_refreshed: 'A borrowed token is never refreshed by the doctor: borrow again through the platform.',
    consent_redirect_elsewhere:
      'The sign-in redirected somewhere the headless tool cannot follow (a deep link needs the desktop app).',
    consent_no_form: 'The simulator’s sign-in page answered {{status}} without a consent form.',
    consent_no_redirect: 'The simulator’s sign-in did not end in a redirect to the app.',
    sign_in_refresh_refused: 'Tesla refused to renew the sign-in ({{code}}).',
    sign_in_token_step_refused: 'Tesla refused the sign-in at the token step ({{code}}).',
    sign_in_service_unreachable: 'The app could not reach the sign-in service at {{host}}: {{why}}.',
    sign_in_not_finished: 'The sign-in was not finished in time. Start it again.',
    fleet_no_answer: "Tesla's Fleet API got no answer to {{request}}{{detail}}",
    fleet_answered: "Tesla's Fleet API answered {{status}} to {{request}}{{detail}}",
    fleet_not_sent: 'not sent: {{rule}}',
    fleet_timeout: 'no answer within {{seconds}} s',
    fleet_unreachable: 'the Fleet API could not be reached',
    fleet_too_large: 'the answer was over {{mb}} MB and was not read',
    file_lock_held: '{{file}} is held by another process (waited {{ms}} ms)',
    keychain_unavailable: 'The system keychain cannot be used: {{reason}}',
    // Why a request got no answer at all (electron/infra/network-failure.ts).
    network: {
      refused: 'the connection was refused (nothing is listening there)',
      no_dns: 'the name could not be looked up (no DNS answer)',
      timeout: 'no answer came in time',
      cut: 'the connection was cut',
      no_route: 'this computer has no network route there',
      untrusted_certificate: 'its certificate was not trusted (a proxy or a Wi-Fi login page may be in the way)',
      no_connection: 'no connection could be made',
    },
    simulator_unreachable:
      'could not reach the simulator at {{host}}: {{why}}. Start it (npm run sim) on this computer, or check --api-base.',
    pdf_no_chromium:
      'No Chromium found to make the PDF. Install chromium or set CHROMIUM_PATH, or export HTML and print it.',
    pdf_print_failed: 'Chromium could not print the report to PDF.',
    pdf_not_produced: 'Chromium did not produce a PDF.',
    report_worker_failed: 'The report step failed in its worker.',
    report_worker_stopped: 'The report worker stopped (exit {{code}}).',
    site_held_lock: 'Another installation holds site {{site}} for a test ({{who}}). Wait for it to finish.',
    site_held_until: 'until {{time}}',
    site_busy: 'Another test or restore is running on site {{site}}{{process}}. Wait for it to finish.',
    site_busy_process: ' (process {{pid}})',
    team_store_lock_lost: "the team store's lock on site {{site}} ran out before it was renewed",
    sim_clock_status: "The simulator's admin API answered {{status}} at /__sim/clock",
    sim_clock_unexpected:
      "The simulator's admin API sent an unexpected clock (paused simulators cannot pace a remote test)",
    replace_default_customer: 'the customer',
    replace_default_platform: 'the platform',
    detail: '{{message}}',
    malformed: 'The request to "{{channel}}" was malformed and was not run.',
    connection_lost: 'The connection to the app was lost. Reload the page, or restart the app if that does not help.',
    no_such_call: 'The app has no "{{name}}" call.',
    unknown_channel: 'The app has no such call.',
    unexpected: '"{{channel}}" failed unexpectedly. The log has the details.',
    invalid_result: '"{{channel}}" produced an answer outside the contract.',
    fleet_failed: '{{message}}. Check the connection and try again.',
    profiles_not_json: 'The profiles file is not valid JSON. Check it in a text editor and import it again.',
    profiles_secret:
      'The profiles file contains a secret at "{{path}}". Remove it: an administrator types the client secret once in Settings, where it goes to the keychain.',
    profiles_invalid: 'The profiles file was not imported: {{problems}}. Nothing was changed.',
    profiles_duplicate: 'The profiles file lists the id "{{id}}" twice. Nothing was changed.',
    profile_unknown: 'There is no connection profile "{{id}}". Pick one in Settings.',
    profile_demo_fixed: 'The Demo profile is built in and cannot be removed.',
    profile_no_secret: 'This profile does not use a client secret.',
    secret_not_saved: 'The client secret was not saved: {{reason}} A client secret is never written to a file.',
    secret_not_removed: 'The client secret could not be removed: {{reason}}',
    link_not_allowed: 'That link is not on the list of sites the app may open.',
    bundle_not_written:
      'The support bundle could not be written to the app’s data folder. Check there is free disk space and try again.',
    bundle_not_copied:
      'The support bundle was saved in the app’s data folder ({{path}}) but could not be copied where you chose. Pick another folder and try again.',
    export_format: 'Only HTML or PDF.',
    nothing_to_export: 'There is nothing to export yet. Run the checklist first, then export the report.',
    report_too_large:
      'This file is too large to be a report (over 20 MB). Check that you picked the .json report file.',
    report_empty: 'This file is empty. Ask the installer to export the report again.',
    report_truncated:
      'This report file is cut off (it ends early). Ask for the file again; it may have been damaged while copying.',
    report_not_json: 'This file is not a report: it is not JSON. Open the .json file exported by Tesla Connect Doctor.',
    report_foreign: 'This JSON file is not a Tesla Connect Doctor report. Open the .json file the app exported.',
    report_no_format:
      'This JSON file is not a Tesla Connect Doctor report (it has no report format id). Open the .json file the app exported.',
    report_newer:
      'This report uses format "{{format}}", which this version of the app cannot read. Update the app and open it again.',
    report_invalid:
      'This report is damaged or was edited by hand and cannot be shown: {{issues}}. Ask for the file again.',
    report_folder: 'That is a folder, not a report file. Pick the .json report file.',
    report_unreadable: 'The report file could not be read. Check that it exists and that you may open it.',
    recheck_not_run: 'Run the checklist for this customer first, then check single items again.',
    recheck_not_listed: 'That item is not on this customer’s checklist; run the whole checklist again.',
    recheck_gone: 'After the new reading that item no longer applies; run the whole checklist again.',
    test_running: 'A test is already running. Stop it or wait for it to finish.',
    restore_not_failed: 'This restore has not failed: finish it with "Try the pending restores again".',
    replace_needs_confirmation: 'This signs {{customer}} out of {{platform}} until they reconnect there.',
    board_store_bad_url:
      'That is not a PostgreSQL address. Write it as postgres://user@host:5432/database, or choose the embedded store.',
    board_store_unavailable:
      'The sweep store ({{store}}) could not be read: {{reason}}. Check the store in Settings (or that the PostgreSQL server is running), then open the Board again.',
    platform_none:
      'This connection profile has no platform to connect through. Choose the doctor’s own app, or use a profile with a platform.',
    platform_key_invalid:
      'The platform did not accept your agent key (401). Ask the platform’s administrator for your agent key and enter it again in Settings (it is kept in the keychain).',
    platform_forbidden:
      'Your agent key may not do this at the platform (403). Ask the platform’s administrator to give your key that right.',
    platform_unknown_customer: 'The platform has no customer “{{customer}}”. Check the e-mail address or reference.',
    platform_not_connected:
      'The platform holds no connection for this customer. Connect for the platform: the customer signs in once, and the platform keeps the connection.',
    platform_connection_lost:
      'The platform lost its connection to this customer (Tesla answered {{reason}}): another sign-in with the platform’s app replaced it. Connect for the platform here, or the customer reconnects in the platform’s app.',
    platform_tesla_auth_unavailable:
      'Tesla’s sign-in is failing (the platform could not get a token from Tesla): wait and try again later; do not reconnect.',
    platform_lease_held:
      'Another doctor ({{holder}}) is changing this site’s settings until {{until}}. Wait for them to finish, or ask them to end their visit.',
    platform_lease_gone: 'The lease on this site ended. Take a new one before changing settings.',
    platform_refused:
      'The platform refused the request ({{status}}: {{error}}). Start the connection again; if it repeats, tell the platform’s administrator.',
    platform_unreachable:
      'The platform at {{host}} could not be reached: {{why}}. Check the address in the profile and this computer’s network; if it is right, tell the platform’s administrator.',
    platform_key_missing:
      'No agent key for this platform is stored on this computer. Enter your agent key in Settings, in this profile (the platform’s administrator gives it to you).',
    profile_no_platform: 'This profile does not go through a platform: set its way in to “through the platform” first.',
    platform_unreadable:
      'The platform answered with something the app could not read. Check the platform address in the profile; if it is right, tell the platform’s administrator.',
    data_folder_is_file:
      'The data folder cannot be used: {{path}} is a file, not a folder. Move that file away, or use another data folder (--data-dir for the headless tool, TCD_DATA_DIR for the app).',
    data_folder_folder_in_place:
      'The file {{file}} could not be read. Check that it is a file you may read and write: a folder is in its place; move it away, or use another data folder (--data-dir for the headless tool, TCD_DATA_DIR for the app).',
    data_folder_read_only:
      'The data folder {{dir}} cannot be written ({{why}}). Give your user write access to it, or use another data folder (--data-dir for the headless tool, TCD_DATA_DIR for the app).',
    disk_read_only: 'the disk is read-only',
    permission_denied: 'permission denied',
    data_folder_disk_full: 'The disk holding the data folder {{dir}} is full. Free some space and try again.',
    history_unreadable: 'This report from the history cannot be opened: {{message}}',
    history_gone: 'That report is no longer in the history. Refresh the list.',
    report_not_open: 'This report is no longer open. Open the file again.',
    pdf_failed: 'The PDF could not be made. Export HTML and print it instead.',
    sign_in_page_not_allowed:
      'The sign-in page is not on the list of sites the app may open. Check the connection profile.',
    port_busy:
      'The app could not listen for Tesla’s reply on port {{port}} of this computer. Close whatever uses it and try again.',
    simulator_not_running:
      'The built-in simulator is not running, so the Demo profile cannot sign in. Restart the app.',
    client_secret_missing:
      'The profile “{{name}}” has no client secret yet. An administrator enters it once in Settings (it is kept in the keychain).',
    reconnect_gone: 'That customer is no longer on this laptop. Connect them as a new customer.',
    keychain_cannot_save:
      'The customer’s sign-in cannot be saved, because {{reason}} Turn on session-only mode to keep it in memory until the app closes, then connect again.',
    customer_gone: 'That customer is no longer on this laptop.',
    customer_gone_connect: 'That customer is no longer on this laptop. Connect them again from the Customers screen.',
    needs_reconnect: 'This customer needs to reconnect: {{reason}}',
    sign_in_not_accepted: 'Tesla no longer accepts the saved sign-in.',
    forget_keychain: 'The customer was not forgotten, because the keychain entry could not be removed: {{reason}}',
    wrong_account:
      'The sign-in was for a different Tesla account than the customer being reconnected. Nothing was changed; sign in with the customer’s own account.',
    sign_in_not_saved:
      'The sign-in worked but could not be saved, because {{reason}} Turn on session-only mode and connect again.',
    customer_forgotten: 'This customer was forgotten on this laptop.',
    sign_in_unreadable: 'The customer’s sign-in could not be read: {{reason}}',
    refresh_refused: 'Tesla refused to renew the sign-in ({{error}}). Try again in a moment.',
    demo_remote_simulator:
      'The Demo profile talks only to a simulator on this computer, not to {{host}} ({{rule}}). Start the simulator here, or use a Tesla profile.',
    token_rule: 'a customer’s sign-in token goes only to Tesla over HTTPS or to a simulator on this computer',
    refresh_service_unreachable:
      'The app could not reach the sign-in service at {{host}}: {{why}}. The sign-in could not be renewed. Check this computer’s internet connection, then try again.',
    refresh_unreadable:
      'The sign-in service answered the renewal with something the app could not read (a Wi-Fi login page or a proxy may be in the way). Try again in a moment; if it repeats, send a support bundle to support.',
    sign_in_malformed:
      'The sign-in reply was refused: {{what}}. Nothing was changed. Start the connection again from the Customers screen.',
    sign_in_reply_empty: 'it is empty',
    sign_in_reply_too_long: 'it is too long',
    sign_in_reply_control_characters: 'it contains spaces or control characters',
    sign_in_reply_not_an_address: 'it is not a valid address',
    sign_in_reply_not_for_this_app: 'it is not addressed to this app',
    sign_in_reply_credentials: 'it carries a user name or password',
    sign_in_reply_fragment: 'it has a fragment',
    sign_in_reply_too_many_parameters: 'it has too many parameters',
    sign_in_reply_unexpected_parameter: 'it has an unexpected parameter "{{name}}"',
    sign_in_reply_repeated_parameter: 'it repeats the parameter "{{name}}"',
    sign_in_reply_bad_state: 'its state is missing or not in the expected form',
    sign_in_reply_code_and_error: 'it has both a code and an error',
    sign_in_reply_bad_error: 'its error is not in the expected form',
    sign_in_reply_bad_code: 'its code is missing or not in the expected form',
    sign_in_unknown_state:
      'This sign-in reply does not belong to a sign-in the app is waiting for (it may be old, already used or forged). Nothing was changed.',
    sign_in_wrong_target: 'This sign-in reply arrived at the wrong address for its sign-in. Nothing was changed.',
    sign_in_late:
      'This sign-in took longer than 10 minutes and has expired. Nothing was changed. Start the connection again.',
    sign_in_denied:
      'The customer chose “Do Not Allow” on Tesla’s consent page, so nothing was connected. Start again and choose “Allow”.',
    sign_in_ended: 'Tesla ended the sign-in with “{{error}}”. Nothing was connected. Start the connection again.',
    sign_in_cancelled: 'The sign-in was cancelled.',
    sign_in_expired: 'The sign-in expired after 10 minutes without a reply. Start the connection again.',
    sign_in_token_unreadable:
      'Tesla’s sign-in answered with an access token the app cannot read (no account id, region or scopes). Try connecting again.',
    sign_in_code_refused:
      "Tesla refused the sign-in at the token step ({{error}}). Start the connection again; if it keeps failing, check the profile's client id, secret and redirect URI.",
    sign_in_unreachable:
      'The app could not reach the sign-in service at {{host}}: {{why}}. Nothing was connected. Check this computer’s internet connection (in demo mode: that the simulator is running), then start the connection again.',
    sign_in_unexpected:
      'The app could not finish the sign-in because of an unexpected error on this computer. Nothing was connected. Start the connection again; if it repeats, send a support bundle to support (the log has the details).',
    sign_in_answer_callback_issuer:
      'This sign-in reply names a different sign-in service than the one the sign-in was started with, so it was refused (a mix-up between services, or a forged link). Nothing was connected. Start the connection again from the Customers screen.',
    sign_in_answer_id_token_issuer:
      'The sign-in answer carried an ID token issued by a different sign-in service, so it was refused. Nothing was connected. Start the connection again from the Customers screen; if it happens again, send a support bundle to support: something between this computer and Tesla may be changing the sign-in.',
    sign_in_answer_id_token_audience:
      'The sign-in answer carried an ID token meant for another app (not this profile’s client id), so it was refused. Nothing was connected. Start the connection again from the Customers screen; if it happens again, an administrator checks the profile’s client id in Settings.',
    sign_in_answer_id_token_nonce:
      'The sign-in answer carried an ID token that does not belong to this sign-in (an old or replayed answer), so it was refused. Nothing was connected. Start the connection again from the Customers screen.',
    sign_in_answer_id_token_time:
      'The sign-in answer carried an ID token outside its validity time. Check that this computer’s date, time and time zone are right. Nothing was connected. Start the connection again from the Customers screen.',
    sign_in_answer_unreadable:
      'The sign-in service answered with something the app could not read as a sign-in. Nothing was connected. Start the connection again from the Customers screen; if it happens again, send a support bundle to support: something between this computer and Tesla may be changing the sign-in.',
    renewed_not_saved: 'The renewed sign-in could not be saved: {{reason}}',
  },
} as const;

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
/** What every language's catalogue must provide: the English keys, any wording. */
export type TextCatalogue = Shape<typeof en>;
