// Runs anywhere. Causes named by the HTTP status alone, for answers whose body says nothing the catalogue
// knows (an empty 403, a proxy's bare 500). They are weaker than a text match, and say so: a 403 without
// text is not called a missing scope, because libraries that do so send installers down the wrong path.
// Their words are in the text catalogues under `cause.<id>`.
import type { ErrorCause } from './error-cause';

const REF = 'Tesla Fleet API reference notes, section 6 (status codes)';

export const STATUS_CAUSES: ErrorCause[] = [
  {
    id: 'http.no_answer',
    actor: 'installer',
    checkId: 'account.connection',
    statuses: [0],
    patterns: [],
    examples: [],
    sources: [REF],
  },
  {
    id: 'http.bad_request',
    actor: 'platform',
    checkId: 'account.connection',
    statuses: [400],
    patterns: [
      /\binvalid_(command|field|request)\b/,
      /the request body is not valid/,
      /the data request or command is unknown/,
    ],
    examples: ['{"response":null,"error":"invalid_request","error_description":""}', 'The request body is not valid'],
    sources: [REF, 'Teslemetry/python-tesla-fleet-api: tesla_fleet_api/exceptions.py'],
  },
  {
    id: 'http.forbidden',
    actor: 'platform',
    checkId: 'account.app_status',
    statuses: [403],
    // Teslemetry's library raises its Forbidden with this sentence for any 403 Tesla sends without a known
    // text: it names the status, not a cause.
    generic: true,
    patterns: [/developers should check required scope/],
    examples: ['Access to this resource is not authorized, developers should check required Scope.'],
    sources: [
      REF,
      'issue 14 (libraries report every 403 as missing scopes)',
      'Teslemetry/python-tesla-fleet-api: tesla_fleet_api/exceptions.py (Forbidden)',
    ],
  },
  {
    id: 'http.not_found',
    actor: 'customer',
    checkId: 'energy.site_discovery',
    statuses: [404],
    patterns: [/\bnot_found\b/, /the requested resource does not exist/],
    examples: [
      '{"response":null,"error":"not_found","error_description":""}',
      'The requested resource does not exist.',
    ],
    sources: [REF, 'Teslemetry/python-tesla-fleet-api: tesla_fleet_api/exceptions.py'],
  },
  {
    id: 'http.unexplained',
    actor: 'tesla_support',
    checkId: 'account.connection',
    statuses: [],
    patterns: [],
    examples: [],
    sources: [REF],
  },
];

/** Which cause a bare status names, when the body named none. */
export const STATUS_FALLBACK: Record<number, string> = {
  0: 'http.no_answer',
  400: 'http.bad_request',
  401: 'auth.token_expired',
  402: 'app.payment_required',
  403: 'http.forbidden',
  404: 'http.not_found',
  408: 'vehicle.unavailable',
  412: 'partner.not_registered_in_region',
  421: 'region.out_of_region',
  423: 'account.locked',
  424: 'partner.public_key_download_failed',
  429: 'rate.limited',
  500: 'tesla.upstream_internal_error',
  502: 'tesla.service_unavailable',
  503: 'tesla.service_unavailable',
  504: 'tesla.service_unavailable',
  540: 'device.unexpected_error',
};
