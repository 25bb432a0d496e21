// Main process (plain Node). Where the support agent's platform key comes from: TCD_PLATFORM_KEY (headless
// runs), else the OS keychain (kept there like a client secret, per platform host), else — for the
// simulator's demo platform on this computer only — the demo key. The key is never written to a file or log.
import type { Vault } from '@main/infra/keychain';
import { isLoopbackSimulatorUrl } from '@main/security/token-destination';
import { textIn, type Translate } from '@shared/text/languages';

export const DEMO_AGENT_KEY = 'demo-agent-key';

/** The keychain entry's name for a platform's agent key. */
export function agentKeyName(platformUrl: string): string {
  return `platform-agent-key:${new URL(platformUrl).host}`;
}

/**
 * The platform's address may carry an agent key: https anywhere, or plain http to a simulator here. The
 * problem is worded for the option that gave it (`--platform` by default), in the terminal's language.
 */
export function platformUrlProblem(
  platformUrl: string,
  option = '--platform',
  t: Translate = textIn('en'),
): string | null {
  let url: URL;
  try {
    url = new URL(platformUrl);
  } catch {
    return t('cli.args.platformUrl.notAddress', { option });
  }
  if (url.username || url.password || url.hash) return t('cli.args.platformUrl.credentials', { option });
  if (url.protocol === 'https:' || isLoopbackSimulatorUrl(platformUrl)) return null;
  return t('cli.args.platformUrl.notHttps', { option });
}

export async function agentKeyFor(
  platformUrl: string,
  sources: { env?: NodeJS.ProcessEnv; keychain?: Pick<Vault, 'get'> },
): Promise<string | null> {
  const fromEnv = sources.env?.TCD_PLATFORM_KEY?.trim();
  if (fromEnv) return fromEnv;
  const stored = await sources.keychain?.get(agentKeyName(platformUrl)).catch(() => null);
  if (stored) return stored;
  return isLoopbackSimulatorUrl(platformUrl) ? DEMO_AGENT_KEY : null;
}
