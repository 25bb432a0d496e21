// Plain Node. The headless tool's ways in (issue 22): `--platform <url> --customer <e-mail or ref>`
// borrows the platform's connection (diagnose, test-charge) or connects for the platform (connect).
import type { Services } from '@main/app/compose-services';
import { driveConsent } from '@main/accounts/sign-in/consent-driver';
import { agentKeyFor, platformUrlProblem } from '@main/platform/agent-key';
import { connectForPlatform } from '@main/platform/connect-for-platform';
import { createPlatformClient, type PlatformClient } from '@main/platform/platform-client';
import { isLoopbackSimulatorUrl } from '@main/security/token-destination';
import { KeyringVault, type Vault } from '@main/infra/keychain';
import type { ServiceOptions } from '@main/app/compose-services';
import { textIn, type Translate } from '@shared/text/languages';

/** English unless the command passes the `t` of its --lang. */
const english = textIn('en');

/** A usage problem with --platform/--customer (exit 2), or null. */
export function platformArgsProblem(
  command: string,
  platform?: string,
  customer?: string,
  t: Translate = english,
): string | null {
  if (platform === undefined) return null;
  const problem = platformUrlProblem(platform, '--platform', t);
  if (problem) return t('cli.failed', { command, message: problem });
  if (!customer) return t('cli.platform.needsCustomer', { command });
  return null;
}

/** The demo platform lives in a simulator: its clock and Fleet API are that simulator's. */
export function demoForPlatform(platform: string): ServiceOptions['demo'] | undefined {
  return isLoopbackSimulatorUrl(platform) ? { kind: 'remote', apiBase: new URL(platform).origin } : undefined;
}

/**
 * The platform's client with the agent key from TCD_PLATFORM_KEY, else the keychain (else the demo key for a
 * simulator here). `sweep` passes the OS keychain alone (it composes no services) and its pooled fetch.
 */
export async function platformClientFor(
  command: string,
  platform: string,
  services: Pick<Services, 'keychain'>,
  options: { fetch?: typeof fetch; osKeychain?: () => Pick<Vault, 'get'> } = {},
  t: Translate = english,
): Promise<PlatformClient> {
  // The agent key is the installer's, kept in the OS keychain by the app's profile form: it is looked up there
  // too when the command keeps the customer's tokens for this session only (an in-memory keychain).
  const os = options.osKeychain ?? (() => new KeyringVault());
  const keychain: Pick<Vault, 'get'> = {
    get: async (key) => (await services.keychain.get(key).catch(() => null)) ?? os().get(key),
  };
  const agentKey = await agentKeyFor(platform, { env: process.env, keychain });
  if (!agentKey) throw new Error(t('cli.platform.noKey', { command, host: new URL(platform).host }));
  return createPlatformClient({ baseUrl: platform, agentKey, ...(options.fetch ? { fetch: options.fetch } : {}) });
}

/** Connect for the platform in the simulator: its consent page is answered as the customer would. */
export async function connectForPlatformHeadless(
  platform: PlatformClient,
  ref: string,
  promptMissingScopes: boolean,
): Promise<string[]> {
  return connectForPlatform({
    platform,
    ref,
    promptMissingScopes,
    openUrl: (url) => driveConsent(url),
  });
}
