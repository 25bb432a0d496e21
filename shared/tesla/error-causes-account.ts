// Runs anywhere. Catalogue entries for the account side: sign-in and tokens, the platform's app status and
// partner registration, region, rate limits. Texts are Tesla's (reference sections 1, 6, 8) and the messages
// that Teslemetry's python library `tesla_fleet_api` (tesla_fleet_api/exceptions.py), which Home Assistant's
// tesla_fleet / teslemetry / tessie integrations use, shows for the same answers.
import type { ErrorCause } from './error-cause';

const LIB = 'Teslemetry/python-tesla-fleet-api: tesla_fleet_api/exceptions.py';
const HA_STRINGS = 'home-assistant/core: homeassistant/components/tesla_fleet/strings.json ("exceptions")';
const REF = 'Tesla Fleet API reference notes, sections 1, 6 and 8';

const RECONNECT_STEPS = [
  'On the customer’s account in the doctor, press Reconnect and let the customer sign in to Tesla.',
  'The customer ticks the same boxes as before on Tesla’s consent screen and presses Allow.',
  'Run the checklist again.',
];

export const ACCOUNT_CAUSES: ErrorCause[] = [
  {
    id: 'auth.login_required',
    title: 'Connection replaced by another sign-in (login_required)',
    meaning:
      'Another sign-in with this app replaced this connection (a second account at the platform, or a tool that signed in again): since 2024-02-01 a new sign-in under the same client id makes the previous refresh token and its access tokens invalid. It is not “expired”. Less often: the refresh token was used twice, is older than 3 months, or the customer changed the Tesla password.',
    actor: 'customer',
    fix: {
      summary: 'The customer signs in again (Reconnect); nothing on the car or the site changes.',
      steps: [
        ...RECONNECT_STEPS,
        'If it comes back within days, the platform is sharing one refresh token between two of its services: tell the platform (support desk: send them this text).',
        'Diagnose through the platform from now on: a diagnostic tool that signs in under the platform’s client id disconnects the platform again.',
      ],
    },
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
    title: 'Tesla’s sign-in is failing (token endpoint 5xx)',
    meaning:
      'Tesla’s token endpoint answered with a server error (as in Tesla’s sign-in outage of July 2025): no app can renew or start a sign-in until it recovers. Tesla’s sign-in is failing: wait; do not reconnect.',
    actor: 'wait',
    waitUntil: 'Tesla’s sign-in works again (check again in a few minutes)',
    fix: {
      summary: 'Wait and check again later; do not reconnect (a new sign-in cannot work now).',
      steps: [
        'Do not press Reconnect and do not ask the customer to sign in again: it cannot work while Tesla’s sign-in fails.',
        'Check again in a few minutes; the platform’s connection is kept and works again by itself.',
      ],
    },
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
    title: 'Redirect URI not registered for this app',
    meaning:
      'Tesla refused the sign-in before its consent screen: the redirect_uri sent is not one of those registered for this client_id. This is the platform’s app configuration, not the customer’s account.',
    actor: 'platform',
    fix: {
      summary:
        'The platform registers the exact redirect URI with its Tesla app, or the profile is set to a registered one.',
      steps: [
        'Support desk: send the platform this text; its developer adds the redirect URI (scheme, host, port and path exactly) to the app at developer.tesla.com.',
        'Or set the profile’s redirect URI in Settings to one the platform has registered.',
      ],
    },
    checkId: 'account.partner_registration',
    statuses: [400],
    patterns: [/the 'redirect_uri' supplied is not registered for this 'client_id'/],
    examples: ["The 'redirect_uri' supplied is not registered for this 'client_id'"],
    sources: [REF, 'issue 22 (Tesla sign-in page text)'],
  },
  {
    id: 'auth.invalid_grant',
    title: 'Authorization no longer valid (invalid_grant)',
    meaning:
      'Tesla rejected the code or refresh token: it expired, was revoked, was already used, or belongs to another app (client id).',
    actor: 'customer',
    fix: { summary: 'The customer signs in again (Reconnect).', steps: RECONNECT_STEPS },
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
    title: 'Access removed by the customer (token revoked)',
    meaning:
      'The customer (or someone with the Tesla password) removed the platform under Tesla Account > Security > Third Party Apps. The platform’s virtual key stays on the car.',
    actor: 'customer',
    fix: {
      summary:
        'The customer gives consent again (Reconnect); do not pair the car again — its virtual key is still there.',
      steps: [
        ...RECONNECT_STEPS,
        'Do not open the pairing link again: the car still holds the platform’s virtual key.',
      ],
    },
    checkId: 'account.connection',
    statuses: [401],
    patterns: [/\btoken revoked\b/, /\btoken (has been|was) revoked\b/],
    examples: ['{"response":null,"error":"token revoked","error_description":""}'],
    sources: [REF, 'issue 14 (seed texts)'],
  },
  {
    id: 'auth.token_expired',
    title: 'Access token expired (401)',
    meaning:
      'The access token (valid about 8 hours) has expired and was not renewed. The doctor renews it by itself once; if this stays, the refresh failed too.',
    actor: 'platform',
    fix: {
      summary: 'Reconnect in the doctor; if the platform itself shows this, its token renewal is not working.',
      steps: [
        'In the doctor, run the checklist again: it renews the token once by itself.',
        'If it still fails, press Reconnect and let the customer sign in.',
        'If the platform’s own app shows this text, tell the platform that its access-token refresh is failing (support desk: send them this text).',
      ],
    },
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
    title: 'Token not recognised (invalid bearer token)',
    meaning:
      'Tesla did not recognise the access token at all: it is damaged, was issued for another service (such as the retired Owner API), or for another region’s sign-in.',
    actor: 'platform',
    fix: {
      summary: 'Reconnect in the doctor; if the platform sends this, its stored token is broken.',
      steps: [
        'Press Reconnect on the customer’s account and let the customer sign in.',
        'If the platform’s app shows this text, tell the platform its stored access token is invalid (support desk: send them this text).',
      ],
    },
    checkId: 'account.connection',
    statuses: [401],
    patterns: [/\binvalid bearer token\b/, /\binvalid access token\b/],
    examples: ['{"response":null,"error":"invalid bearer token","error_description":""}', 'Invalid access token.'],
    sources: [REF, LIB],
  },
  {
    id: 'auth.unauthorized_client',
    title: 'App not recognised at sign-in (unauthorized_client)',
    meaning:
      'Tesla’s sign-in does not accept this client id / secret: the platform configured the wrong app credentials, or a China account signed in on the global sign-in (China uses auth.tesla.cn).',
    actor: 'platform',
    fix: {
      summary: 'The platform checks its client id and secret (and, for a China account, uses auth.tesla.cn).',
      steps: [
        'Support desk: tell the platform that Tesla rejects its client id/secret (send them this text).',
        'If the customer’s Tesla account is a China account, the sign-in must go to auth.tesla.cn: tell the platform.',
      ],
    },
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
    title: 'Unknown app (invalid_client_id)',
    meaning: 'The client id sent to Tesla’s sign-in does not exist: the profile holds a wrong or deleted app id.',
    actor: 'platform',
    fix: {
      summary: 'The platform gives the correct client id; in the doctor, fix it under Settings > Tesla profile.',
      steps: [
        'Check the client id under Settings > Tesla profile against the platform’s developer account.',
        'Support desk: ask the platform for its current client id.',
      ],
    },
    checkId: 'account.connection',
    statuses: [400],
    patterns: [/\binvalid_client_id\b/, /\binvalid_client\b/],
    examples: ['{"error":"invalid_client_id","error_description":"client_id is invalid"}'],
    sources: [REF, 'issue 14 (seed texts)'],
  },
  {
    id: 'auth.invalid_scope',
    title: 'App asked for a permission it is not registered for (invalid_scope)',
    meaning: 'The sign-in asked for a scope the platform’s Tesla app is not allowed to request.',
    actor: 'platform',
    fix: {
      summary: 'The platform enables that scope for its app at developer.tesla.com, or stops requesting it.',
      steps: ['Support desk: tell the platform which sign-in failed and send them this text.'],
    },
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
    title: 'Consent refused (access_denied)',
    meaning: 'The customer pressed “Do Not Allow” on Tesla’s consent screen, or closed it.',
    actor: 'customer',
    fix: {
      summary: 'The customer connects again and presses Allow.',
      steps: [
        'Press Connect (or Reconnect) and let the customer sign in.',
        'The customer ticks the boxes the platform needs and presses Allow.',
      ],
    },
    checkId: 'account.connection',
    statuses: [400],
    patterns: [/\baccess_denied\b/],
    examples: ['error=access_denied&error_description=User+denied+access', '{"error":"access_denied"}'],
    sources: [REF],
  },
  {
    id: 'app.exceeded_limit',
    title: 'Platform’s Tesla app suspended (EXCEEDED_LIMIT)',
    meaning:
      'Tesla disabled the platform’s whole app because it went over its Fleet API billing limit. Every customer of that platform is stopped at once; nothing on this site is wrong.',
    actor: 'platform',
    fix: {
      summary:
        'The platform raises its billing limit or adds a payment method at developer.tesla.com. Nobody on site can fix this.',
      steps: [
        'On site: nothing to change — tell the customer the platform has an account problem with Tesla.',
        'Support desk: tell the platform that Tesla answers “account disabled: EXCEEDED_LIMIT” (billing limit / payment method in its Tesla developer account).',
      ],
    },
    checkId: 'account.app_status',
    statuses: [403],
    patterns: [/\bexceeded_limit\b/, /\baccount disabled\b/],
    examples: ['{"error":"account disabled: EXCEEDED_LIMIT"}'],
    sources: [REF, 'teslamotors/vehicle-command#403', 'teslamate-org/teslamate#5476'],
  },
  {
    id: 'app.payment_required',
    title: 'Payment required (402)',
    meaning: 'Tesla (or a paid relay in front of it) wants payment before it answers for this app.',
    actor: 'platform',
    fix: {
      summary: 'The platform settles its Tesla (or relay) billing.',
      steps: ['Support desk: tell the platform that its API answers 402 Payment Required.'],
    },
    checkId: 'account.app_status',
    statuses: [402],
    patterns: [/payment is required in order to use the api/, /\bpayment required\b/],
    examples: ['Payment is required in order to use the API (non-free account only).'],
    sources: [REF, LIB],
  },
  {
    id: 'app.owner_api_token',
    title: 'Token from the retired Owner API',
    meaning:
      'The request used a token or address of Tesla’s old Owner API, which Tesla closed to third parties (fully in June 2026). Only Fleet API tokens from a registered app work now.',
    actor: 'platform',
    fix: {
      summary:
        'The platform must move to the Fleet API (its own registered app); the customer then connects through it.',
      steps: [
        'On site: nothing to change on the system.',
        'Support desk: tell the platform (or the customer’s own tool) that Tesla refuses Owner API tokens and it must use the Fleet API.',
      ],
    },
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
    title: 'Platform not registered with Tesla in this region (412)',
    meaning:
      'The platform’s Tesla app was never registered (partner account) in the region where this customer’s account lives, so Tesla refuses every request. The installer can do nothing on site.',
    actor: 'platform',
    fix: {
      summary:
        'The platform registers its partner account in this region (POST /api/1/partner_accounts on that region’s Fleet API). Nothing on site changes it.',
      steps: [
        'On site: nothing to change — the system and the customer’s settings are not the cause.',
        'Support desk: tell the platform “your app must be registered in the region named in Tesla’s answer” and send them this text.',
        'After the platform confirms, run the checklist again.',
      ],
    },
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
    title: 'Tesla could not fetch the platform’s public key (424)',
    meaning:
      'Registering the platform with Tesla failed because Tesla could not download its public key from the platform’s domain (missing, too large, blocked).',
    actor: 'platform',
    fix: {
      summary:
        'The platform serves a valid EC public key at /.well-known/appspecific/com.tesla.3p.public-key.pem and registers again.',
      steps: ['Support desk: send the platform this text; the URL in it is the one Tesla could not fetch.'],
    },
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
    title: 'Request sent to the wrong region (421)',
    meaning:
      'The customer’s account lives in another Fleet API region than the one asked; Tesla names the right base URL.',
    actor: 'platform',
    fix: {
      summary:
        'The doctor follows Tesla’s pointer by itself; a platform showing this must use the base URL Tesla names.',
      steps: [
        'In the doctor: press Reconnect so the account’s region is read again from the new token.',
        'Support desk: if the platform shows this, tell it to use the base URL in Tesla’s answer for this customer.',
      ],
    },
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
    title: 'Tesla asks to wait (rate limit, 429)',
    meaning:
      'Too many requests for this car or site in a short time. Tesla’s limits are per device and shared by every app that reads it (the platform, Home Assistant, other tools), so another app can use them up.',
    actor: 'wait',
    waitUntil: 'the time Tesla gives in Retry-After (or RateLimit-Reset)',
    fix: {
      summary: 'Wait until the time Tesla names; if it keeps happening, another app is polling this device too often.',
      steps: [
        'Wait until the time shown, then run the checklist again (it does not retry by itself past that).',
        'If it keeps happening, ask the customer which other apps read this car or site (Home Assistant, TeslaMate, …): they share the same limit.',
      ],
    },
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
    title: 'Tesla account locked (423)',
    meaning: 'Tesla has locked the customer’s account; only Tesla can unlock it.',
    actor: 'tesla_support',
    fix: {
      summary: 'The customer contacts Tesla to unlock the account.',
      steps: ['The customer contacts Tesla support (Tesla app > Support) about a locked account.'],
    },
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
    title: 'Permission box not ticked (missing scopes)',
    meaning:
      'The call needs a permission (scope) the customer did not tick on Tesla’s consent screen. Only true when the token’s granted scopes (scp) lack it: libraries report every 403 this way.',
    actor: 'customer',
    fix: {
      summary: 'The customer reconnects and ticks the missing box (the checklist’s scope checks name it).',
      steps: [
        'Run the checklist: the scope checks name the box that is not ticked.',
        'Press Reconnect; the customer ticks that box on Tesla’s consent screen and presses Allow.',
      ],
    },
    checkId: 'account.app_status',
    statuses: [403],
    patterns: [/unauthorized missing scopes/, /developers should check required scope/],
    examples: [
      '{"response":null,"error":"Unauthorized missing scopes","error_description":""}',
      'Access to this resource is not authorized, developers should check required Scope.',
    ],
    sources: [REF, LIB + ' (Forbidden)'],
  },
  {
    id: 'scope.missing_energy_cmds',
    title: 'Energy Product Commands not allowed',
    meaning: 'Home Assistant says the grant lacks energy_cmds (“Energy Product Commands”): settings cannot be changed.',
    actor: 'customer',
    fix: {
      summary: 'The customer reconnects and ticks “Energy Product Commands”.',
      steps: ['Press Reconnect; the customer ticks “Energy Product Commands” and presses Allow.'],
    },
    checkId: 'scope.energy_commands',
    statuses: [403],
    patterns: [/missing energy commands scope/],
    examples: ['Missing energy commands scope.'],
    sources: [HA_STRINGS + ' missing_scope_energy_cmds'],
  },
  {
    id: 'scope.missing_vehicle_cmds',
    title: 'Vehicle Commands not allowed',
    meaning:
      'Home Assistant says the grant lacks vehicle_cmds or vehicle_charging_cmds: the car cannot be sent commands.',
    actor: 'customer',
    fix: {
      summary: 'The customer reconnects and ticks “Vehicle Commands” (or “Vehicle Charging Management”).',
      steps: [
        'Press Reconnect; the customer ticks “Vehicle Commands” and “Vehicle Charging Management” and presses Allow.',
      ],
    },
    checkId: 'scope.vehicle_commands',
    statuses: [403],
    patterns: [/missing vehicle (charging )?commands scope/],
    examples: ['Missing vehicle commands scope.', 'Missing vehicle charging commands scope.'],
    sources: [HA_STRINGS + ' missing_scope_vehicle_cmds, missing_scope_vehicle_charging_cmds'],
  },
];
