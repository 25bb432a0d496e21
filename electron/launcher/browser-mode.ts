// Plain Node. Runs the backend and serves the UI to a browser through the loopback browser transport.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend, type BackendOptions } from '../app/backend';
import { startBrowserHost, type BrowserHost } from '../browser/browser-host';
import { defaultDataDir } from '../infra/data-dir';
import type { Logger } from '../infra/logger';
import { openFirstCustomerChecklist } from '../checklist/checklist-at-open';
import { createDispatcher } from '../ipc/dispatcher';

export const defaultRendererDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/renderer');

export interface BrowserModeOptions extends Partial<BackendOptions> {
  port?: number;
  rendererDir?: string;
  secret?: string;
}

/** The host, and the embedded demo simulator's origin (its admin API: the e2e tests and the tour read it). */
export interface BrowserModeHost extends BrowserHost {
  simulatorOrigin(): string | null;
}

const CONNECTION_ERRORS_PER_MINUTE = 20;

/**
 * Notes a dropped connection (reset, bad frame) in the log, a few a minute at most: a local process
 * hammering the port must not rotate the useful lines out of the log a support bundle carries.
 */
function connectionErrorLog(log: Logger): (where: string, error: unknown) => void {
  let windowStart = 0;
  let count = 0;
  return (where, error) => {
    const now = Date.now();
    if (now - windowStart > 60_000) {
      if (count > CONNECTION_ERRORS_PER_MINUTE)
        log.warn('browser.connection_errors_suppressed', { count: count - CONNECTION_ERRORS_PER_MINUTE });
      windowStart = now;
      count = 0;
    }
    count += 1;
    if (count > CONNECTION_ERRORS_PER_MINUTE) return;
    const code = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.name) : 'unknown';
    log.warn('browser.connection_dropped', {
      where,
      code,
      message: error instanceof Error ? error.message : String(error),
    });
  };
}

export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<BrowserModeHost> {
  // Defaults after the spread: an option passed as undefined (no --data-dir) must not erase them.
  const backend = createBackend({
    ...options,
    mode: options.mode ?? 'demo',
    dataDir: options.dataDir ?? defaultDataDir(),
  });
  await backend.start();
  const dispatch = createDispatcher(backend.handlers, {
    onUnexpectedError: (channel, error) => {
      backend.context.log.error('ipc.unexpected', { channel, error });
      console.error(
        `[ipc] ${channel} failed:`,
        backend.context.log.redactText(error instanceof Error ? error.message : String(error)),
      );
    },
  });
  const host = await startBrowserHost({
    dispatch,
    events: backend.events,
    rendererDir: options.rendererDir ?? defaultRendererDir,
    port: options.port,
    secret: options.secret,
    onConnectionError: connectionErrorLog(backend.context.log),
    onAppOpening: () => openFirstCustomerChecklist(backend.context.accounts, backend.context.checklist),
  });
  return {
    ...host,
    simulatorOrigin: () => backend.context.simulator()?.origin ?? null,
    async close() {
      await host.close();
      await backend.stop();
    },
  };
}
