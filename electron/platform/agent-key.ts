// Main process (plain Node). Where the support agent's platform key comes from: TCD_PLATFORM_KEY (headless
// runs), else the OS keychain (kept there like a client secret, per platform host), else — for the
// simulator's demo platform on this computer only — the demo key. The key is never written to a file or log.
import type { Vault } from '@main/infra/keychain';
import { isLoopbackSimulatorUrl } from '@main/security/token-destination';

export const DEMO_AGENT_KEY = 'demo-agent-key';

/** The keychain entry's name for a platform's agent key. */
export function agentKeyName(platformUrl: string): string {
  return `platform-agent-key:${new URL(platformUrl).host}`;
}

/** The platform's address may carry an agent key: https anywhere, or plain http to a simulator here. */
export function platformUrlProblem(platformUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(platformUrl);
  } catch {
    return '--platform must be an address such as https://platform.example/api';
  }
  if (url.username || url.password || url.hash) return '--platform must not carry a user name, password or #';
  if (url.protocol === 'https:' || isLoopbackSimulatorUrl(platformUrl)) return null;
  return '--platform must be https://, or http:// to a simulator on this computer (the agent key travels to it)';
}

export async function agentKeyFor(
  platformUrl: string,
  sources: { env?: NodeJS.ProcessEnv; keychain?: Vault },
): Promise<string | null> {
  const fromEnv = sources.env?.TCD_PLATFORM_KEY?.trim();
  if (fromEnv) return fromEnv;
  const stored = await sources.keychain?.get(agentKeyName(platformUrl)).catch(() => null);
  if (stored) return stored;
  return isLoopbackSimulatorUrl(platformUrl) ? DEMO_AGENT_KEY : null;
}
