// Runs anywhere. Tesla's own answer body, `{response, error, error_description}` (reference section 6):
// named TeslaErrorBody because its error part is what the app reads when a call fails (the app's own IPC
// answer is the "envelope", shared/contract). With the error texts Tesla is known to send, exactly.
import { z } from 'zod';

/** Tesla's body: `{response, error, error_description}`; any part may be missing (an expired token's 401 has none). */
export const TeslaErrorBodySchema = z.looseObject({
  response: z.unknown().optional(),
  error: z.string().nullish(),
  error_description: z.string().nullish(),
});
export type TeslaErrorBody = z.infer<typeof TeslaErrorBodySchema>;

/** Texts Tesla (or tesla-http-proxy) puts in `error`: reference sections 2, 3, 5, 6, 8 and README "Facts beyond the reference". */
export const TESLA_ERRORS = {
  missingScopes: 'Unauthorized missing scopes',
  protocolRequired:
    'Tesla Vehicle Command Protocol required, please refer to the documentation here: https://developer.tesla.com/docs/fleet-api/getting-started/vehicle-commands',
  keyNotPaired: 'vehicle rejected request: your public key has not been paired with the vehicle',
  vehicleUnavailable: 'vehicle unavailable: vehicle is offline or asleep',
  /** 421; followed by the user's base URL and `, see <docs>`. */
  outOfRegionPrefix: 'user out of region, use base URL: ',
  outOfRegionTail: 'see https://developer.tesla.com/docs/fleet-api/getting-started/conventions#response-codes',
  /** 412; the full text names the partner account and the region's base URL. */
  notRegisteredInRegion: 'must be registered in the current region',
  /** 403: the platform's billing limit is exceeded; every customer stops at once. */
  billingLimitExceeded: 'account disabled: EXCEEDED_LIMIT',
  /** 5xx on Tesla's side. */
  upstreamInternal: 'upstream internal error',
  /** 401 with a JSON body (other expired-token 401s have an empty body). */
  tokenExpired: 'token expired (401)',
  /** 401 after the customer removed the app in Third-Party Apps. */
  tokenRevoked: 'token revoked',
  /** The auth server's answer to a dead refresh token (expired, rotated out, revoked). */
  loginRequired: 'login_required',
} as const;
