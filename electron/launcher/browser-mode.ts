// Plain Node. Runs the backend and serves the UI to a browser through the loopback browser transport.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend, type BackendOptions } from '../app/backend';
import { startBrowserHost, type BrowserHost } from '../browser/browser-host';
import { defaultDataDir } from '../infra/data-dir';
import { createDispatcher } from '../ipc/dispatcher';

export const defaultRendererDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/renderer');

export interface BrowserModeOptions extends Partial<BackendOptions> {
  port?: number;
  rendererDir?: string;
  secret?: string;
}

export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<BrowserHost> {
  // Defaults after the spread: an option passed as undefined (no --data-dir) must not erase them.
  const backend = createBackend({ ...options, mode: options.mode ?? 'demo', dataDir: options.dataDir ?? defaultDataDir() });
  await backend.start();
  const dispatch = createDispatcher(backend.handlers, {
    onUnexpectedError: (channel, error) => {
      backend.context.log.error('ipc.unexpected', { channel, error });
      console.error(`[ipc] ${channel} failed:`, backend.context.log.redactText(error instanceof Error ? error.message : String(error)));
    },
  });
  const host = await startBrowserHost({
    dispatch,
    events: backend.events,
    rendererDir: options.rendererDir ?? defaultRendererDir,
    port: options.port,
    secret: options.secret,
  });
  return {
    ...host,
    async close() {
      await host.close();
      await backend.stop();
    },
  };
}
