// Runs anywhere. Catalogue entries for the account side: sign-in and tokens, the platform's app status and
// partner registration, region, rate limits. Texts are Tesla's (reference sections 1, 6, 8) and the messages
// that Teslemetry's python library `tesla_fleet_api` (tesla_fleet_api/exceptions.py), which Home Assistant's
// tesla_fleet / teslemetry / tessie integrations use, shows for the same answers. What a cause means and how
// it is fixed are the app's words, in every language: the text catalogues' `cause.<id>` (shared/text/).
import type { ErrorCause } from './error-cause';

const LIB = 'Teslemetry/python-tesla-fleet-api: tesla_fleet_api/exceptions.py';
const HA_STRINGS = 'home-assistant/core: homeassistant/components/tesla_fleet/strings.json ("exceptions")';
const REF = 'Tesla Fleet API reference notes, sections 1, 6 and 8';

export const ACCOUNT_CAUSES: ErrorCause[] = [
  {
    id: 'auth.login_required',
    actor: 'customer',
    checkId: 'account.connection',
    statuses: [400, 401],
    patterns: [
      /\blogin_required\b/,
      /reset their password and a new auth code is required/,
      /refresh_token has already been used/,
    ],
    examples: [
      '{"error":"login_required","error_description":"The refresh_token is invalid"}',
      'The user has reset their password and a new auth code is required, or the refresh_token has already been used.',
    ],
    sources: [REF, LIB, 'teslamotors/vehicle-command#160 ("error": "login_required" when refreshing tokens)'],
  },
  {
    id: 'auth.token_endpoint_failing',
    actor: 'wait',
    checkId: 'account.connection',
    statuses: [500, 502, 503, 504],
    patterns: [/\btesla_auth_unavailable\b/, /\btoken endpoint answered 5\d\d\b/],
    examples: [
      '{"error":"tesla_auth_unavailable","error_description":"Tesla\'s token endpoint is failing."}',
      'token endpoint answered 503',
    ],
    sources: [REF, 'Tesla Fleet API status, sign-in outage of July 2025 (issue 22)'],
  },
  {
    id: 'auth.redirect_uri_not_registered',
    actor: 'platform',
    checkId: 'account.partner_registration',
    statuses: [400],
    patterns: [/the 'redirect_uri' supplied is not registered for this 'client_id'/],
    examples: ["The 'redirect_uri' supplied is not registered for this 'client_id'"],
    sources: [REF, 'issue 22 (Tesla sign-in page text)'],
  },
  {
    id: 'auth.invalid_grant',
    actor: 'customer',
    checkId: 'account.connection',
    statuses: [400, 401],
    patterns: [/\binvalid_grant\b/, /authorization grant is invalid, expired, revoked/],
    examples: [
      '{"error":"invalid_grant","error_description":"The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."}',
    ],
    sources: ['timdorr/tesla-api#233', 'mseminatore/TeslaJS#201'],
  },
  {
    id: 'auth.token_revoked',
    actor: 'customer',
    checkId: 'account.connection',
    statuses: [401],
    patterns: [/\btoken revoked\b/, /\btoken (has been|was) revoked\b/],
    examples: ['{"response":null,"error":"token revoked","error_description":""}'],
    sources: [REF, 'issue 14 (seed texts)'],
  },
  {
    id: 'auth.token_expired',
    actor: 'platform',
    checkId: 'account.connection',
    statuses: [401],
    patterns: [/\btoken expired \(401\)/, /\btoken expired\b/, /\boauth token has expired\b/],
    examples: [
      '{"response":null,"error":"token expired (401)","error_description":""}',
      'The OAuth token has expired.',
    ],
    sources: [REF, LIB],
  },
  {
    id: 'auth.invalid_bearer_token',
    actor: 'platform',
    checkId: 'account.connection',
    statuses: [401],
    patterns: [/\binvalid bearer token\b/, /\binvalid access token\b/],
    examples: ['{"response":null,"error":"invalid bearer token","error_description":""}', 'Invalid access token.'],
    sources: [REF, LIB],
  },
  {
    id: 'auth.unauthorized_client',
    actor: 'platform',
    checkId: 'account.connection',
    statuses: [400, 401],
    patterns: [/\bunauthorized_client\b/, /don't recognize this client_id and client_secret/],
    examples: [
      '{"error":"unauthorized_client","error_description":"Unauthorized client"}',
      "We don't recognize this client_id and client_secret combination. Use the client_id and client_secret that has been granted for the application.",
    ],
    sources: [REF, LIB, 'bogosj/tesla#82'],
  },
  {
    id: 'auth.invalid_client_id',
    actor: 'platform',
    checkId: 'account.connection',
    statuses: [400],
    patterns: [/\binvalid_client_id\b/, /\binvalid_client\b/],
    examples: ['{"error":"invalid_client_id","error_description":"client_id is invalid"}'],
    sources: [REF, 'issue 14 (seed texts)'],
  },
  {
    id: 'auth.invalid_scope',
    actor: 'platform',
    checkId: 'account.connection',
    statuses: [400],
    patterns: [/\binvalid_scope\b/],
    examples: [
      '{"error":"invalid_scope","error_description":"The requested scope is invalid, unknown, or malformed."}',
    ],
    sources: [REF],
  },
  {
    id: 'auth.access_denied',
    actor: 'customer',
    checkId: 'account.connection',
    statuses: [400],
    patterns: [/\baccess_denied\b/],
    examples: ['error=access_denied&error_description=User+denied+access', '{"error":"access_denied"}'],
    sources: [REF],
  },
  {
    id: 'app.exceeded_limit',
    actor: 'platform',
    checkId: 'account.app_status',
    statuses: [403],
    patterns: [/\bexceeded_limit\b/, /\baccount disabled\b/],
    examples: ['{"error":"account disabled: EXCEEDED_LIMIT"}'],
    sources: [REF, 'teslamotors/vehicle-command#403', 'teslamate-org/teslamate#5476'],
  },
  {
    id: 'app.payment_required',
    actor: 'platform',
    checkId: 'account.app_status',
    statuses: [402],
    patterns: [/payment is required in order to use the api/, /\bpayment required\b/],
    examples: ['Payment is required in order to use the API (non-free account only).'],
    sources: [REF, LIB],
  },
  {
    id: 'app.owner_api_token',
    actor: 'platform',
    checkId: 'account.app_status',
    statuses: [403, 412],
    patterns: [
      /forbidden, see https?:\/\/developer\.tesla\.com\/docs\/fleet-api/,
      /endpoint is only available on fleetapi/,
    ],
    examples: [
      '{"response":null,"error":"forbidden, see https://developer.tesla.com/docs/fleet-api","error_description":""}',
      '{"response":null,"error":"Endpoint is only available on fleetapi. Visit https://developer.tesla.com/docs for more info","error_description":""}',
    ],
    sources: ['teslamate-org/teslamate#5384', 'teslamate-org/teslamate#3629', 'alandtse/tesla#844'],
  },
  {
    id: 'partner.not_registered_in_region',
    actor: 'platform',
    checkId: 'account.partner_registration',
    statuses: [412],
    patterns: [
      /must be registered in the current region/,
      /partner account not registered/,
      /a condition has not been met to process the request/,
    ],
    examples: [
      '{"error":"Account 6db8b5d9d9bf-463b-9555-04c1eec24067 must be registered in the current region https://fleet-api.prd.eu.vn.cloud.tesla.com, please see https://developer.tesla.com/docs/fleet-api/endpoints/partner-endpoints#register"}',
      'A condition has not been met to process the request.',
      'Failed setup, will retry: A condition has not been met to process the request',
    ],
    sources: [
      REF,
      LIB + ' (PreconditionFailed)',
      'home-assistant/core#134826',
      'teslamotors/vehicle-command#176',
      'evcc-io/evcc#19355',
    ],
  },
  {
    id: 'partner.public_key_download_failed',
    actor: 'platform',
    checkId: 'account.partner_registration',
    statuses: [424],
    patterns: [/public key download failed/],
    examples: [
      '{"response":null,"error":"Public key download failed for https://example.com/.well-known/appspecific/com.tesla.3p.public-key.pem, error: too large","error_description":""}',
    ],
    sources: [REF, 'teslamotors/fleet-telemetry#355'],
  },
  {
    id: 'region.out_of_region',
    actor: 'platform',
    checkId: 'account.region',
    statuses: [421],
    patterns: [/user out of region/, /not present in the current region/],
    examples: [
      '{"response":null,"error":"user out of region, use base URL: https://fleet-api.prd.eu.vn.cloud.tesla.com, see https://developer.tesla.com/docs/fleet-api#regional-requirements","error_description":""}',
      'This user is not present in the current region.',
    ],
    sources: [REF, LIB, 'evcc-io/evcc#14801'],
  },
  {
    id: 'rate.limited',
    actor: 'wait',
    checkId: 'account.rate_limit',
    statuses: [429],
    patterns: [
      /too many requests/,
      /\bretry in \d+ seconds\b/,
      /account or server is rate limited/,
      /\brate limit(ed)?\b/,
    ],
    examples: [
      '{"response":null,"error":"Too Many Requests","error_description":""}',
      'Retry in 37829 seconds',
      'Account or server is rate limited.',
    ],
    sources: [REF, LIB, 'teslamotors/vehicle-command#255'],
  },
  {
    id: 'account.locked',
    actor: 'tesla_support',
    checkId: 'account.connection',
    statuses: [423],
    patterns: [/\baccount (is )?locked\b/, /must be unlocked by tesla/],
    examples: [
      '{"response":null,"error":"account locked","error_description":""}',
      'Account is locked, and must be unlocked by Tesla.',
    ],
    sources: [REF, LIB],
  },
  {
    id: 'scope.missing',
    actor: 'customer',
    checkId: 'account.app_status',
    statuses: [403],
    // Tesla's own text. The library's "developers should check required Scope" is not here: it says that
    // for every 403 (see http.forbidden).
    patterns: [/unauthorized missing scopes/],
    examples: ['{"response":null,"error":"Unauthorized missing scopes","error_description":""}'],
    sources: [REF],
  },
  {
    id: 'scope.missing_energy_cmds',
    actor: 'customer',
    checkId: 'scope.energy_commands',
    statuses: [403],
    patterns: [/missing energy commands scope/],
    examples: ['Missing energy commands scope.'],
    sources: [HA_STRINGS + ' missing_scope_energy_cmds'],
  },
  {
    id: 'scope.missing_vehicle_cmds',
    actor: 'customer',
    checkId: 'scope.vehicle_commands',
    statuses: [403],
    patterns: [/missing vehicle (charging )?commands scope/],
    examples: ['Missing vehicle commands scope.', 'Missing vehicle charging commands scope.'],
    sources: [HA_STRINGS + ' missing_scope_vehicle_cmds, missing_scope_vehicle_charging_cmds'],
  },
];
