// Main process (plain Node). Turns a connection profile into the endpoints and credentials of a sign-in.
import { ALL_SCOPES, type Profile } from '@shared/contract/areas/profiles';
import { UserFacingError } from '@main/ipc/handler-types';
import { isLoopbackSimulatorUrl } from '@main/security/token-destination';
import {
  DEEP_LINK_REDIRECT_URI,
  TESLA_AUTHORIZE_URL,
  TESLA_ISSUER,
  TESLA_REGION_BASE_URLS,
  TESLA_TOKEN_URL,
  type AuthEndpoints,
  type DemoSimulatorInfo,
} from './endpoints';

export interface EndpointInputs {
  /** The Tesla profile's client secret from the keychain (null when absent or a broker is used). */
  clientSecret: string | null;
  /** The embedded simulator, for the Demo profile. */
  demo: DemoSimulatorInfo | null;
  /** Demo profile: sign in under the installer company's own app instead of the platform's client. */
  ownApp?: boolean;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an unreadable address';
  }
}

function isLoopback(uri: string): boolean {
  const u = new URL(uri);
  return u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost');
}

export function endpointsForProfile(profile: Profile, inputs: EndpointInputs): AuthEndpoints {
  if (profile.kind === 'demo') {
    const sim = inputs.demo;
    if (!sim) throw new UserFacingError('simulator_not_running');
    // The Demo profile signs in over plain HTTP with a known secret: fine on this computer, a gift to anyone
    // else. Whatever named the simulator (a CLI flag, a recovery journal), its tokens stay on loopback.
    if (!isLoopbackSimulatorUrl(sim.origin)) {
      throw new UserFacingError('demo_remote_simulator', { host: hostOf(sim.origin), ruleKey: 'errors.token_rule' });
    }
    const client = inputs.ownApp && sim.ownAppClient ? sim.ownAppClient : sim.demoClient;
    return {
      issuer: `${sim.origin}/oauth2/v3`,
      authorizationEndpoint: `${sim.origin}/oauth2/v3/authorize`,
      tokenEndpoint: `${sim.origin}/oauth2/v3/token`,
      brokerEndpoint: null,
      regionBaseUrls: sim.regionBaseUrls,
      trustedApiOrigins: [sim.origin],
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      callback: profile.callback,
      redirectUri: profile.callback === 'loopback' ? 'http://127.0.0.1/callback' : DEEP_LINK_REDIRECT_URI,
      scopes: [...ALL_SCOPES],
      allowInsecureHttp: true,
    };
  }
  const broker = profile.credential.type === 'broker' ? profile.credential.brokerUrl : null;
  if (!broker && !inputs.clientSecret) {
    throw new UserFacingError('client_secret_missing', { name: profile.name });
  }
  return {
    issuer: TESLA_ISSUER,
    authorizationEndpoint: TESLA_AUTHORIZE_URL,
    tokenEndpoint: TESLA_TOKEN_URL,
    brokerEndpoint: broker,
    regionBaseUrls: TESLA_REGION_BASE_URLS,
    trustedApiOrigins: [],
    clientId: profile.clientId,
    clientSecret: broker ? null : inputs.clientSecret,
    callback: isLoopback(profile.redirectUri) ? 'loopback' : 'deep-link',
    redirectUri: profile.redirectUri,
    scopes: profile.scopes ?? [...ALL_SCOPES],
    allowInsecureHttp: false,
  };
}
