// Runs anywhere. Catalogue entries for the devices: the car (virtual key, signed-command faults, offline),
// the Tesla app's own pairing messages, the energy site (Time-Based Control without a tariff), and Tesla's
// outages. Signed-command fault texts are those of Teslemetry's `tesla_fleet_api` (tesla_fleet_api/
// exceptions.py: MESSAGE_FAULTS, SIGNED_MESSAGE_INFORMATION_FAULTS, WHITELIST_OPERATION_STATUS), which Home
// Assistant wraps as "Command failed: {message}" (homeassistant/components/tesla_fleet/strings.json).
import type { ErrorCause } from './error-cause';

const LIB = 'Teslemetry/python-tesla-fleet-api: tesla_fleet_api/exceptions.py';
const REF = 'Tesla Fleet API reference notes, sections 4, 5, 6 and 8';

const PAIRING_STEPS = [
  'On the customer’s phone, open the Tesla app signed in to the same Tesla account that gave the platform consent, with this car selected.',
  'Open the platform’s pairing link (the checklist shows it as a QR code) and approve adding the key.',
  'The car must be online; the key appears in the car under Controls > Locks.',
];

export const DEVICE_CAUSES: ErrorCause[] = [
  {
    id: 'pairing.consent_missing',
    title: 'Tesla app: consent not given to this platform',
    meaning:
      'The Tesla app refuses to add the platform’s virtual key because the Tesla account signed in to the app has not given the platform access (consent first, then the key) — often the app is signed in to another account than the one that gave consent.',
    actor: 'customer',
    fix: {
      summary:
        'The customer signs in to the Tesla app with the account that gave consent (or connects that account first), then opens the pairing link again.',
      steps: [
        'Check which Tesla account the customer connected in the doctor (the account card shows it).',
        ...PAIRING_STEPS,
      ],
    },
    checkId: 'vehicle.pairing_account',
    statuses: [],
    patterns: [
      /forbidden because you have not granted/,
      /prohibited because you have not granted/,
      /you have not granted .{1,80} access to your account/,
    ],
    examples: [
      'Unable to Share Vehicle. Adding a virtual key for "example.com" is forbidden because you have not granted "example.com" access to your account',
      'unable share the vehicle. adding a virtual key for "domain" is prohibited because you have not granted "domain" access to your account.',
    ],
    sources: ['teslamotors/vehicle-command#126', 'llamafilm/tesla-http-proxy-addon#133'],
  },
  {
    id: 'pairing.not_authorized_to_share',
    title: 'Tesla app: not allowed to share this vehicle (driver account)',
    meaning:
      'The Tesla account in the app is a driver on this car (shared or leased car), not its owner: it cannot add a virtual key alone.',
    actor: 'customer',
    fix: {
      summary:
        'The car’s owner opens the pairing link in their Tesla app, or the driver completes the in-car keycard step.',
      steps: [
        'Ask the customer who owns the car in the Tesla account (a lease company, a partner).',
        'Either the owner opens the pairing link in their own Tesla app, or the driver opens it while sitting in the car and confirms on the touchscreen with the keycard.',
      ],
    },
    checkId: 'vehicle.pairing_account',
    statuses: [],
    patterns: [
      /not authori[sz]ed to share this vehicle/,
      /unable to share vehicle/,
      /user is not authorized to execute command/,
    ],
    examples: [
      'You are not authorized to share this vehicle',
      'Unable to Share Vehicle',
      'User is not authorized to execute command. This can be because of the role or because of vehicle state',
    ],
    sources: [
      'teslamotors/vehicle-command#203',
      'teslamotors/fleet-telemetry#324',
      LIB + ' (TeslaFleetMessageFaultInsufficientPrivileges)',
    ],
  },
  {
    id: 'pairing.app_not_registered',
    title: 'Tesla app: platform is not registered with Tesla',
    meaning:
      'The Tesla app does not know the platform named in the pairing link: the platform has not registered its domain and key with Tesla (in this region), or the link names the wrong domain.',
    actor: 'platform',
    fix: {
      summary:
        'The platform registers its partner account (domain and public key) with Tesla in the customer’s region; nobody on site can fix it.',
      steps: [
        'Check the pairing link: it must be https://tesla.com/_ak/<the platform’s domain>, without https:// inside.',
        'Support desk: tell the platform the Tesla app says it is not registered with Tesla (send them this text).',
      ],
    },
    checkId: 'account.partner_registration',
    statuses: [],
    patterns: [/is not registered with tesla/, /not registered at tesla/],
    examples: ['"cdn.example.com" is not registered with Tesla', '3rd party is not registered at tesla'],
    sources: ['teslamotors/vehicle-command#265', 'issue 14 (Tesla app pairing messages)'],
  },
  {
    id: 'vehicle.key_not_paired',
    title: 'Virtual key not on the car',
    meaning: 'The car refused a signed command: the platform’s virtual key has not been added to it (or was removed).',
    actor: 'customer',
    fix: { summary: 'The customer adds the platform’s virtual key with the pairing link.', steps: PAIRING_STEPS },
    checkId: 'vehicle.virtual_key',
    statuses: [500, 403],
    patterns: [
      /your public key has not been paired with the vehicle/,
      /did not recognize the key used to authorize command/,
      /key handle is not valid/,
      /could not retrieve key fault/,
    ],
    examples: [
      '{"response":null,"error":"vehicle rejected request: your public key has not been paired with the vehicle","error_description":""}',
      'Vehicle did not recognize the key used to authorize command. Make sure your key is paired with the vehicle',
      '500 Internal Server Error: vehicle rejected request: your public key has not been paired with the vehicle',
    ],
    sources: [
      REF,
      LIB + ' (TeslaFleetMessageFaultUnknownKeyId)',
      'teslamotors/vehicle-command#161',
      'evcc-io/evcc#12530',
    ],
  },
  {
    id: 'vehicle.key_not_on_whitelist',
    title: 'Key not on the car’s key list',
    meaning: 'The car’s key list (whitelist) does not hold the key that signed the command.',
    actor: 'customer',
    fix: { summary: 'The customer adds the platform’s virtual key with the pairing link.', steps: PAIRING_STEPS },
    checkId: 'vehicle.virtual_key',
    statuses: [],
    patterns: [/not on whitelist/, /public key not on whitelist/],
    examples: ['Not on whitelist fault on signed command.', 'Public key not on whitelist'],
    sources: [LIB + ' (SignedMessageInformationFaultNotOnWhitelist, WhitelistOperationPublicKeyNotOnWhitelist)'],
  },
  {
    id: 'vehicle.key_disabled',
    title: 'Virtual key disabled on the car',
    meaning: 'The key that signed the command is on the car but disabled.',
    actor: 'customer',
    fix: {
      summary:
        'The customer removes the platform’s key in the car (Controls > Locks) and adds it again with the pairing link.',
      steps: ['In the car: Controls > Locks, remove the platform’s key.', ...PAIRING_STEPS],
    },
    checkId: 'vehicle.virtual_key',
    statuses: [],
    patterns: [/key used to authorize command has been disabled/],
    examples: ['Key used to authorize command has been disabled'],
    sources: [LIB + ' (TeslaFleetMessageFaultInactiveKey)'],
  },
  {
    id: 'vehicle.keychain_full',
    title: 'Car’s key list is full',
    meaning: 'The car holds the most keys it can; a new virtual key cannot be added until one is removed.',
    actor: 'customer',
    fix: {
      summary: 'The customer removes an unused key in the car (Controls > Locks), then opens the pairing link again.',
      steps: ['In the car: Controls > Locks, remove a key no longer used (old phone, old app).', ...PAIRING_STEPS],
    },
    checkId: 'vehicle.virtual_key',
    statuses: [],
    patterns: [/keychain is full/, /whitelist is full/, /keyfob slots are full/],
    examples: [
      "Vehicle's keychain is full. You must delete a key before you can add another",
      'Whitelist is full',
      'Keyfob slots are full',
    ],
    sources: [LIB + ' (TeslaFleetMessageFaultKeychainIsFull, WhitelistOperationWhitelistFull)'],
  },
  {
    id: 'vehicle.mobile_access_disabled',
    title: 'Mobile access switched off in the car',
    meaning: 'The car’s “Allow Mobile Access” is off, so it refuses every remote request, the Tesla app’s included.',
    actor: 'customer',
    fix: {
      summary: 'The customer switches on Allow Mobile Access in the car.',
      steps: ['In the car: Controls > Safety > Allow Mobile Access: on.', 'Run the checklist again.'],
    },
    checkId: 'vehicle.reachable',
    statuses: [401, 403],
    patterns: [/\bmobile_access_disabled\b/, /has turned off remote access/, /has disabled mobile access/],
    examples: [
      '{"response":null,"error":"mobile_access_disabled","error_description":""}',
      'The vehicle has turned off remote access.',
      'The vehicle owner has disabled Mobile access',
    ],
    sources: [REF, LIB + ' (MobileAccessDisabled, TeslaFleetMessageFaultRemoteAccessDisabled)'],
  },
  {
    id: 'vehicle.command_protocol_required',
    title: 'Car needs signed commands (Vehicle Command Protocol)',
    meaning: 'The platform sent an unsigned command to a car that only accepts commands signed with a virtual key.',
    actor: 'platform',
    fix: {
      summary:
        'The platform must sign commands (Tesla’s vehicle-command proxy); on site, make sure its virtual key is on the car.',
      steps: [
        'Run the checklist: vehicle.virtual_key shows whether the key is on the car.',
        'Support desk: tell the platform Tesla wants signed commands for this car (send them this text).',
      ],
    },
    checkId: 'vehicle.command_protocol',
    statuses: [403],
    patterns: [/vehicle command protocol required/],
    examples: [
      '{"response":null,"error":"Tesla Vehicle Command Protocol required, please refer to the documentation here: https://developer.tesla.com/docs/fleet-api/getting-started/vehicle-commands","error_description":""}',
    ],
    sources: [REF],
  },
  {
    id: 'vehicle.command_protocol_unsupported',
    title: 'Car does not support signed commands (older Model S/X)',
    meaning:
      'This car (an older Model S or X) does not support the Vehicle Command Protocol: signed commands cannot reach it.',
    actor: 'platform',
    fix: {
      summary: 'The platform must send this car plain (unsigned) commands; no virtual key is needed or possible.',
      steps: [
        'Do not try to pair this car.',
        'Support desk: tell the platform this car needs unsigned commands (send them this text).',
      ],
    },
    checkId: 'vehicle.command_protocol',
    statuses: [422],
    patterns: [
      /does not support the tesla vehicle command protocol/,
      /vehicle does not support .{0,20}command protocol/,
    ],
    examples: [
      '{"response":null,"error":"vehicle does not support the Tesla Vehicle Command Protocol","error_description":""}',
    ],
    sources: [REF, 'issue 14 (seed texts)'],
  },
  {
    id: 'vehicle.wrong_vin',
    title: 'Command sent to the wrong car',
    meaning: 'The signed command was addressed to another VIN than the car that received it.',
    actor: 'platform',
    fix: {
      summary: 'The platform checks which VIN it signs for.',
      steps: ['Support desk: send the platform this text with the VIN it used.'],
    },
    checkId: 'vehicle.command_protocol',
    statuses: [],
    patterns: [/command sent to wrong vin/, /wrong personali[sz]ation/],
    examples: ['Command sent to wrong VIN'],
    sources: [LIB + ' (TeslaFleetMessageFaultWrongPersonalization)'],
  },
  {
    id: 'vehicle.timed_out',
    title: 'Car did not answer in time',
    meaning: 'The car (or one of its systems) did not answer in time, or the signed command expired on the way.',
    actor: 'wait',
    waitUntil: 'the car is awake and online (a minute or two), then try again',
    fix: {
      summary: 'Try again when the car is awake and online.',
      steps: ['Check in the Tesla app that the car is online.', 'Try again in a minute.'],
    },
    checkId: 'vehicle.reachable',
    statuses: [408, 503, 504],
    patterns: [
      /vehicle subsystem did not respond/,
      /time expired fault/,
      /command expired\. use included session info/,
      /subsystem is busy/,
    ],
    examples: [
      'Vehicle subsystem did not respond. Try again',
      'Time expired fault on signed command.',
      'Command expired. Use included session info to determine if clocks have desynchronized and try again',
    ],
    sources: [LIB + ' (TeslaFleetMessageFaultTimeout, TimeExpiredFault)'],
  },
  {
    id: 'vehicle.unavailable',
    title: 'Car offline or asleep',
    meaning:
      'The car is asleep or has no connection. The doctor never wakes a car by itself (a wake costs the platform).',
    actor: 'wait',
    waitUntil: 'the car is online again (open the Tesla app or use the car)',
    fix: {
      summary: 'Wait until the car is online (opening the Tesla app wakes it), then run the checklist again.',
      steps: ['The customer opens the Tesla app on the car’s page (this wakes it).', 'Run the checklist again.'],
    },
    checkId: 'vehicle.reachable',
    statuses: [408, 503],
    patterns: [
      /vehicle unavailable/,
      /vehicle is offline or asleep/,
      /the vehicle is not 'online'/,
      /either an internal service or a vehicle did not respond/,
    ],
    examples: [
      '{"response":null,"error":"vehicle unavailable: vehicle is offline or asleep","error_description":""}',
      "The vehicle is not 'online'.",
      'Either an internal service or a vehicle did not respond (timeout).',
    ],
    sources: [REF, LIB + ' (VehicleOffline, ServiceUnavailable)'],
  },
  {
    id: 'device.unexpected_error',
    title: 'Device answered with an error (540)',
    meaning: 'The car or gateway answered with an internal error: it may need a restart, a software update or service.',
    actor: 'tesla_support',
    waitUntil: 'the device has restarted or updated; if it stays, Tesla service',
    fix: {
      summary: 'Try again later; if it stays, the customer books Tesla service.',
      steps: [
        'Try again in a few minutes.',
        'If it stays for a day, the customer contacts Tesla (Tesla app > Service).',
      ],
    },
    checkId: 'vehicle.reachable',
    statuses: [540],
    patterns: [/device unexpected error/, /might need a reboot, ota update, or service/],
    examples: [
      '{"response":null,"error":"device unexpected error","error_description":""}',
      'Vehicle responded with an error - might need a reboot, OTA update, or service.',
    ],
    sources: [REF, LIB + ' (DeviceUnexpectedResponse)'],
  },
  {
    id: 'energy.tou_without_tariff',
    title: 'Time-Based Control refused: no utility rate plan (410)',
    meaning:
      'Tesla refused to switch the Powerwall to Time-Based Control because the site has no utility rate plan (tariff): the mode needs the prices to decide when to charge and export.',
    actor: 'customer',
    fix: {
      summary: 'The customer sets the utility rate plan in the Tesla app; then Time-Based Control can be chosen.',
      steps: [
        'Tesla app > Powerwall > Settings > Utility Rate Plan: the customer picks the supplier and plan (or enters the prices).',
        'Run the checklist again: energy.tariff_and_mode shows the plan’s periods.',
      ],
    },
    checkId: 'energy.tariff_and_mode',
    statuses: [410],
    patterns: [
      /\b410\b.{0,80}\/operation\b/,
      /\/operation\b.{0,80}\b410\b/,
      /(no|missing|without) (a )?(utility )?(rate plan|tariff)/,
      /requires a (utility )?rate plan/,
      /tariff (is )?(required|missing)/,
    ],
    examples: [
      'POST /api/1/energy_sites/123/operation -> 410',
      '{"response":null,"error":"tariff required for autonomous mode","error_description":""}',
      '{"response":null,"error":"autonomous mode requires a utility rate plan (tariff) for this site","error_description":""}',
    ],
    sources: [
      REF,
      'issue 14 (410 on operation; Tesla sends no documented body text: matched on the status and the request)',
    ],
  },
  {
    id: 'tesla.upstream_internal_error',
    title: 'Tesla’s servers failed (500 upstream internal error)',
    meaning: 'Tesla’s own servers failed to answer. Nothing on site is wrong.',
    actor: 'tesla_support',
    waitUntil: 'Tesla’s service recovers (usually minutes to hours)',
    fix: {
      summary: 'Try again later; if it lasts more than a day for this site only, Tesla support must look at it.',
      steps: [
        'Try again in 15 minutes.',
        'If it lasts more than a day for this customer only, the customer contacts Tesla support (send them this text).',
      ],
    },
    checkId: 'energy.reachable',
    statuses: [500, 502],
    patterns: [/upstream internal error/, /an error occurred while processing the request/, /internal server error/],
    examples: [
      '{"response":null,"error":"upstream internal error","error_description":""}',
      'An error occurred while processing the request.',
    ],
    sources: [REF, LIB + ' (InternalServerError)', 'teslamotors/vehicle-command#20'],
  },
  {
    id: 'tesla.service_unavailable',
    title: 'Tesla’s service unavailable (503/504)',
    meaning: 'A Tesla service (or the device behind it) did not answer in time.',
    actor: 'wait',
    waitUntil: 'a few minutes, then try again',
    fix: {
      summary: 'Try again in a few minutes.',
      steps: ['Try again in a few minutes.', 'If it lasts for hours, check Tesla’s status and contact Tesla support.'],
    },
    checkId: 'energy.reachable',
    statuses: [502, 503, 504],
    patterns: [/service unavailable/, /gateway timeout/, /bad gateway/, /server did not receive a response/],
    examples: [
      '{"response":null,"error":"service unavailable","error_description":""}',
      'Server did not receive a response.',
    ],
    sources: [REF, LIB + ' (GatewayTimeout)'],
  },
];
