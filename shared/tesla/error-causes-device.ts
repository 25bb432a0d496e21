// Runs anywhere. Catalogue entries for the devices: the car (virtual key, signed-command faults, offline),
// the Tesla app's own pairing messages, the energy site (Time-Based Control without a tariff), and Tesla's
// outages. Signed-command fault texts are those of Teslemetry's `tesla_fleet_api` (tesla_fleet_api/
// exceptions.py: MESSAGE_FAULTS, SIGNED_MESSAGE_INFORMATION_FAULTS, WHITELIST_OPERATION_STATUS), which Home
// Assistant wraps as "Command failed: {message}" (homeassistant/components/tesla_fleet/strings.json).
// What a cause means and how it is fixed: the text catalogues' `cause.<id>` (shared/text/).
import type { ErrorCause } from './error-cause';

const LIB = 'Teslemetry/python-tesla-fleet-api: tesla_fleet_api/exceptions.py';
const REF = 'Tesla Fleet API reference notes, sections 4, 5, 6 and 8';

export const DEVICE_CAUSES: ErrorCause[] = [
  {
    id: 'pairing.consent_missing',
    actor: 'customer',
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
    actor: 'customer',
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
    actor: 'platform',
    checkId: 'account.partner_registration',
    statuses: [],
    patterns: [/is not registered with tesla/, /not registered at tesla/],
    examples: ['"cdn.example.com" is not registered with Tesla', '3rd party is not registered at tesla'],
    sources: ['teslamotors/vehicle-command#265', 'issue 14 (Tesla app pairing messages)'],
  },
  {
    id: 'vehicle.key_not_paired',
    actor: 'customer',
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
    actor: 'customer',
    checkId: 'vehicle.virtual_key',
    statuses: [],
    patterns: [/not on whitelist/, /public key not on whitelist/],
    examples: ['Not on whitelist fault on signed command.', 'Public key not on whitelist'],
    sources: [LIB + ' (SignedMessageInformationFaultNotOnWhitelist, WhitelistOperationPublicKeyNotOnWhitelist)'],
  },
  {
    id: 'vehicle.key_disabled',
    actor: 'customer',
    checkId: 'vehicle.virtual_key',
    statuses: [],
    patterns: [/key used to authorize command has been disabled/],
    examples: ['Key used to authorize command has been disabled'],
    sources: [LIB + ' (TeslaFleetMessageFaultInactiveKey)'],
  },
  {
    id: 'vehicle.keychain_full',
    actor: 'customer',
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
    actor: 'customer',
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
    actor: 'platform',
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
    actor: 'platform',
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
    actor: 'platform',
    checkId: 'vehicle.command_protocol',
    statuses: [],
    patterns: [/command sent to wrong vin/, /wrong personali[sz]ation/],
    examples: ['Command sent to wrong VIN'],
    sources: [LIB + ' (TeslaFleetMessageFaultWrongPersonalization)'],
  },
  {
    id: 'vehicle.timed_out',
    actor: 'wait',
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
    actor: 'wait',
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
    actor: 'tesla_support',
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
    actor: 'customer',
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
    actor: 'tesla_support',
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
    actor: 'wait',
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
