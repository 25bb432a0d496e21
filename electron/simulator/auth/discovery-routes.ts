// Main process (plain Node). The OpenID discovery document and the JWKS, so standard clients
// (oauth4webapi, jose's remote key sets) find the endpoints and verify the simulator's tokens.
import type { AuthDeps, SimRoute } from '../sim-types';
import { CONSENT_SCOPES, SILENT_SCOPES } from './scopes';
import type { SigningKeys } from './signing-keys';
import { authIssuer } from './token-issuer';

export const JWKS_PATH = '/oauth2/v3/discovery/keys';

export function discoveryRoutes(deps: AuthDeps, keys: () => Promise<SigningKeys>): SimRoute[] {
  return [
    {
      method: 'GET',
      pattern: '/oauth2/v3/.well-known/openid-configuration',
      billing: 'auth',
      handler() {
        const origin = deps.origin();
        return {
          status: 200,
          body: {
            issuer: authIssuer(origin),
            authorization_endpoint: `${origin}/oauth2/v3/authorize`,
            token_endpoint: `${origin}/oauth2/v3/token`,
            jwks_uri: `${origin}${JWKS_PATH}`,
            response_types_supported: ['code'],
            grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
            subject_types_supported: ['public'],
            id_token_signing_alg_values_supported: ['RS256'],
            token_endpoint_auth_methods_supported: ['client_secret_post', 'none'],
            code_challenge_methods_supported: ['S256'],
            scopes_supported: [...SILENT_SCOPES, ...CONSENT_SCOPES.map((c) => c.scope)],
          },
        };
      },
    },
    {
      method: 'GET',
      pattern: JWKS_PATH,
      billing: 'auth',
      async handler() {
        return { status: 200, body: (await keys()).jwks };
      },
    },
  ];
}
