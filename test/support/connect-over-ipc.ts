// Test support (plain Node). Connects the demo customer through the loopback host's own IPC, as the page
// would, with the consent given over HTTP and no page open: for a bench or an e2e test that needs the app
// to open with a customer already connected (and no checklist of theirs held yet).
import WebSocket from 'ws';
import { driveConsent } from '@main/accounts/sign-in/consent-driver';

/** `appUrl`: the host's URL with its secret in the fragment (BrowserHost.url). */
export async function connectOverIpc(appUrl: string): Promise<void> {
  const url = new URL(appUrl);
  const secret = new URLSearchParams(url.hash.slice(1)).get('k') ?? '';
  const ws = new WebSocket(`ws://${url.host}/ipc?k=${encodeURIComponent(secret)}`, { headers: { origin: url.origin } });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let next = 0;
  const call = (channel: string, args: unknown = {}) =>
    new Promise<{ ok: boolean; value?: unknown }>((resolve) => {
      const id = ++next;
      const onMessage = (data: WebSocket.RawData) => {
        const frame = JSON.parse(data.toString()) as { id?: number; envelope?: { ok: boolean; value?: unknown } };
        if (frame.id !== id || !frame.envelope) return;
        ws.off('message', onMessage);
        resolve(frame.envelope);
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id, channel, args }));
    });
  try {
    // A sign-in under the doctor's own app: the Demo profile refuses one under the platform's client unconfirmed.
    const started = await call('accounts:connect', { way: 'own_app' });
    if (!started.ok) throw new Error(`accounts:connect failed: ${JSON.stringify(started)}`);
    await driveConsent((started.value as { authorizeUrl: string }).authorizeUrl);
    for (let i = 0; i < 100; i++) {
      const list = await call('accounts:list');
      if (((list.value as { accounts?: unknown[] } | undefined)?.accounts ?? []).length > 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the demo customer did not appear after consent');
  } finally {
    ws.close();
  }
}
