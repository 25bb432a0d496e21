// Renderer: picks the transport. In the desktop app the preload has put `window.doctor` in place; in
// browser mode the page connects to the loopback host it was served from.
import type { DoctorApi, DoctorClient } from '@shared/contract';
import { createClient } from '@shared/contract/page-client';
import { createBrowserApi, takeSecret } from './browser-transport';

declare global {
  interface Window {
    doctor?: DoctorApi;
  }
}

let client: DoctorClient | null = null;

export function getClient(): DoctorClient {
  if (client) return client;
  if (window.doctor) {
    client = createClient(window.doctor);
  } else {
    const secret = takeSecret(window.location, window.sessionStorage, window.history) ?? '';
    const wsUrl = `ws://${window.location.host}/ipc?k=${encodeURIComponent(secret)}`;
    client = createClient(createBrowserApi(wsUrl));
  }
  return client;
}

/** For component tests: use a client built over a fake API. */
export function setClient(next: DoctorClient | null): void {
  client = next;
}
