// Main process (plain Node). Error bodies as Tesla's auth server sends them (reference section 6).
import { randomUUID } from 'node:crypto';
import type { SimResponse } from '../sim-types';

export type AuthErrorCode =
  | 'invalid_request'
  | 'invalid_auth_code'
  | 'invalid_redirect_url'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'login_required';

/** `{"error", "error_description", "referenceID"}`; token responses are never cached. */
export function authError(status: 400 | 401, error: AuthErrorCode, description: string): SimResponse {
  return {
    status,
    headers: { 'Cache-Control': 'no-store' },
    body: { error, error_description: description, referenceID: randomUUID() },
  };
}

export const loginRequired = (): SimResponse => authError(401, 'login_required', 'Login required');
export const unauthorizedClient = (): SimResponse =>
  authError(400, 'unauthorized_client', "We don't recognize this client_id and client_secret combination.");
