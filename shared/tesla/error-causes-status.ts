// Runs anywhere. Causes named by the HTTP status alone, for answers whose body says nothing the catalogue
// knows (an empty 403, a proxy's bare 500). They are weaker than a text match, and say so: a 403 without
// text is not called a missing scope, because libraries that do so send installers down the wrong path.
import type { ErrorCause } from './error-cause';

const REF = 'Tesla Fleet API reference notes, section 6 (status codes)';

export const STATUS_CAUSES: ErrorCause[] = [
  {
    id: 'http.no_answer',
    title: 'No answer from Tesla',
    meaning:
      'The request got no answer at all: this computer’s internet connection, a firewall or proxy, or a timeout.',
    actor: 'installer',
    fix: {
      summary: 'Check this computer’s internet connection (and any company proxy), then run the checklist again.',
      steps: [
        'Open any web page to check the connection.',
        'On a company network, check that fleet-api.prd.*.vn.cloud.tesla.com is reachable.',
        'Run the checklist again.',
      ],
    },
    checkId: 'account.connection',
    statuses: [0],
    patterns: [],
    examples: [],
    sources: [REF],
  },
  {
    id: 'http.bad_request',
    title: 'Tesla refused the request as malformed (400)',
    meaning: 'Tesla found the request itself invalid (a field, a value or a command it does not accept).',
    actor: 'platform',
    fix: {
      summary: 'The software that sent it must correct the request.',
      steps: ['Support desk: send the platform (or the doctor’s maintainers) this text and the request it answered.'],
    },
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
    title: 'Tesla refused without saying why (403)',
    meaning:
      'Tesla answered 403 without a text the doctor knows. It is a missing permission only if the token’s granted scopes lack the one this call needs; otherwise the platform’s app may be suspended or using a retired token.',
    actor: 'platform',
    fix: {
      summary: 'Run the checklist: account.app_status and the scope checks tell a missing box from a platform problem.',
      steps: [
        'Run the checklist and read account.app_status and the scope checks.',
        'Support desk: if the scopes are all granted, send the platform this text.',
      ],
    },
    checkId: 'account.app_status',
    statuses: [403],
    patterns: [],
    examples: [],
    sources: [REF, 'issue 14 (libraries report every 403 as missing scopes)'],
  },
  {
    id: 'http.not_found',
    title: 'Not on this account (404)',
    meaning:
      'Tesla does not know this site or car under the connected account: it belongs to another Tesla account, or it was removed.',
    actor: 'customer',
    fix: {
      summary:
        'Check that the customer connected the Tesla account that owns the system (the account card shows its e-mail).',
      steps: [
        'Compare the connected account’s e-mail with the one in the customer’s Tesla app.',
        'If it differs, the customer reconnects with the right Tesla account.',
      ],
    },
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
    title: 'An error the doctor does not know',
    meaning: 'Tesla answered with an error status the catalogue has no cause for.',
    actor: 'tesla_support',
    fix: {
      summary: 'Export the report and send it to support: it holds Tesla’s answer as received.',
      steps: ['Export the report (Reports > Export) and send it to the support desk.'],
    },
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
