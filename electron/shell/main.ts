// Electron shell: the only place that imports electron at run time. App lifecycle, the window, the custom
// protocol the renderer is served from, IPC binding and deep links; everything else is plain Node.
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { autoUpdater } from 'electron-updater';
import { createRequire } from 'node:module';
import path from 'node:path';
import { appMeta } from '@main/infra/app-meta';
import { DeepLinkInbox, deepLinkHandler } from '../accounts/sign-in/deep-link-inbox';
import { createBackend } from '../app/backend';
import { openFirstCustomerChecklist } from '../checklist/checklist-at-open';
import { demoOptionsFromEnv } from '../app/compose-services';
import { readStatic } from '../browser/static-files';
import { createDispatcher } from '../ipc/dispatcher';
import { securityHeaders } from '../security/csp';
import { isAllowedExternalUrl, isAppUrl, APP_ORIGIN } from '../security/url-policy';
import { bindIpc } from './ipc-binding';
import { createReportShell } from './report-shell';
import { startAutoUpdate } from './updater';
import { createSupportShell } from './support-shell';
import { mainWindowOptions } from './web-preferences';
import { headlessArgv, headlessBundlePath, headlessProcessArgv } from './headless-route';

// `--headless <command>`: the installed app is the headless tool, Electron acting as its Node. Asked before
// anything else starts: no single-instance lock (a desk may run it while the app is open), no deep links,
// no window. The bundle exits the process itself when its command is done. (The RunAsNode fuse is off, so
// ELECTRON_RUN_AS_NODE cannot be used: the bundle runs inside this process instead.)
const headless = headlessArgv(process.argv);
const pendingDeepLinks = new DeepLinkInbox(appMeta.scheme);
const takeDeepLinks = (argv: readonly string[]) => pendingDeepLinks.takeFromArgv(argv);
if (headless) runHeadless(headless);
else startDesktop();

function runHeadless(args: string[]): void {
  const bundle = headlessBundlePath(__dirname);
  process.argv = headlessProcessArgv(process.execPath, bundle, args);
  app.dock?.hide();
  createRequire(__filename)(bundle);
}

function startDesktop(): void {
  // Deep links can arrive before the app is ready (macOS cold start): capture them from the first line.
  // The inbox queues them until the backend is ready, then hands each to the sign-in flow.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    takeDeepLinks([url]);
  });
  takeDeepLinks(process.argv);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
  } else {
    protocol.registerSchemesAsPrivileged([
      // codeCache: from the second start on, the window runs the app's scripts (React with them) from V8's
      // code cache instead of compiling them again, the larger part of the page's own start-up work.
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    app.setAsDefaultProtocolClient(appMeta.scheme);
    app.on('second-instance', (_event, argv) => {
      takeDeepLinks(argv);
      const win = BrowserWindow.getAllWindows()[0];
      if (win) {
        if (win.isMinimized()) win.restore();
        win.focus();
      }
    });
    void app.whenReady().then(start);
    app.on('window-all-closed', () => app.quit());
  }
}

async function start(): Promise<void> {
  const rendererDir = path.join(__dirname, '..', 'renderer');
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'doctor' ? await readStatic(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { ...securityHeaders(), 'Content-Type': file.contentType },
    });
  });

  // The process edge: the mode and the demo options come from the environment once, here.
  const mode = process.env.TCD_MODE === 'tesla' ? 'tesla' : 'demo';
  const backend = createBackend({
    mode,
    demo: demoOptionsFromEnv(process.env),
    dataDir: app.getPath('userData'),
    // Settings and accounts as everywhere else (electron/infra/settings-store.ts, a lock across processes):
    // electron-store given an absolute folder added nothing but an ipcMain listener for a renderer API the
    // page never uses.
    logsDir: app.getPath('logs'),
    supportShell: createSupportShell({
      dialog,
      parent: () => BrowserWindow.getAllWindows()[0] ?? null,
      defaultDir: app.getPath('desktop'),
    }),
    openExternal: (url) => shell.openExternal(url),
    reportShell: createReportShell({
      BrowserWindow,
      dialog,
      parent: () => BrowserWindow.getAllWindows()[0] ?? null,
      defaultDir: app.getPath('documents'),
    }),
  });
  const dispatch = createDispatcher(backend.handlers, {
    // The error goes to the redacted log only: its message could quote a token.
    onUnexpectedError: (channel, error) => {
      backend.context.log.error('ipc.unexpected', { channel, error });
      console.error(`[ipc] ${channel} failed (details in the log: ${backend.context.log.dir})`);
    },
  });
  bindIpc(ipcMain, dispatch);
  await backend.start();
  // Auto-update only when the user turned it on (Support screen); off by default.
  const stopUpdates = startAutoUpdate({
    updater: autoUpdater,
    settings: backend.context.updates,
    log: backend.context.log,
    isPackaged: app.isPackaged,
  });
  app.on('will-quit', stopUpdates);
  backend.context.log.info('app.started', { version: appMeta.version, mode });
  pendingDeepLinks.attach(
    deepLinkHandler(backend.context.accounts, (e) => backend.events.emit('accounts:signInFinished', e)),
  );
  // Quitting waits for the backend to stop: a running test charge restores the customer's settings first.
  // Bounded, so a lost network cannot hold the app open: the journal then finishes the job at next start.
  let stopped = false;
  app.on('before-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    const bound = new Promise<void>((resolve) => setTimeout(resolve, 20_000));
    void Promise.race([backend.stop(), bound]).finally(() => {
      stopped = true;
      app.quit();
    });
  });
  // The page never needs a camera, location or notifications: refuse every permission request.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  const win = new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.cjs')));
  backend.events.addSink((event, payload) => {
    if (!win.isDestroyed()) win.webContents.send(event, payload);
  });
  // A finished sign-in happened in the system browser: bring the app back to the front.
  backend.events.addSink((event) => {
    if (event === 'accounts:signInFinished' && !win.isDestroyed()) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.once('ready-to-show', () => win.show());
  // The app opens: the checklist of the customer it opens on is read while the window loads.
  openFirstCustomerChecklist(backend.context.accounts, backend.context.checklist);
  await win.loadURL(`${APP_ORIGIN}/index.html`);
}
