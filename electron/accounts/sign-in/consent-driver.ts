// Main process (plain Node). Plays the browser's part of a sign-in against the simulator, for the
// headless tool, tests and benchmarks: opens the authorize URL, ticks every box and presses "Allow" when
// a consent page is shown (auto-consent simulators redirect at once), then follows the redirect to the
// loopback callback. Never used against Tesla: a real customer consents in the system browser.
import { UserFacingError } from '@main/ipc/handler-types';

const MAX_STEPS = 4;

function hiddenValue(html: string, name: string): string | null {
  const m =
    new RegExp(`name="${name}"\\s+value="([^"]*)"`).exec(html) ??
    new RegExp(`value="([^"]*)"\\s+name="${name}"`).exec(html);
  return m?.[1] ?? null;
}

function scopeValues(html: string): string[] {
  return [...html.matchAll(/name="scope"\s+value="([^"]+)"/g)].map((m) => m[1] ?? '').filter(Boolean);
}

/** Returns the final callback URL's answer status (200 when the app accepted the sign-in). */
export async function driveConsent(
  authorizeUrl: string,
  options: { fetch?: typeof fetch; decision?: 'allow' | 'deny' } = {},
): Promise<number> {
  const f = options.fetch ?? fetch;
  let res = await f(authorizeUrl, { redirect: 'manual' });
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, res.url || authorizeUrl);
      if (next.protocol !== 'http:' || (next.hostname !== '127.0.0.1' && next.hostname !== 'localhost')) {
        throw new UserFacingError('consent_redirect_elsewhere');
      }
      // The loopback callback answers once the app has finished (or refused) the sign-in.
      const done = await f(next.href, { redirect: 'manual' });
      await done.text();
      return done.status;
    }
    const html = await res.text();
    const transactionId = hiddenValue(html, 'transaction_id');
    if (res.status !== 200 || !transactionId) throw new UserFacingError('consent_no_form', { status: res.status });
    const form = new URLSearchParams({ transaction_id: transactionId, action: options.decision ?? 'allow' });
    for (const scope of scopeValues(html)) form.append('scope', scope);
    res = await f(new URL(authorizeUrl).origin + new URL(authorizeUrl).pathname, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
  }
  throw new UserFacingError('consent_no_redirect');
}
