// Electron shell, but importable from tests: Electron's classes come in as parameters (only type imports
// here). The two things reports need from the desktop: the system save dialog and printToPDF.
import type { BrowserWindow as BrowserWindowType, Dialog, SaveDialogOptions } from 'electron';
import { writeFileDurably } from '../infra/durable-file';
import path from 'node:path';
import type { ReportFormat } from '@shared/contract/areas/reports';
import type { ReportShell } from '../reports/reports-service';

type BrowserWindowClass = new (
  options: ConstructorParameters<typeof BrowserWindowType>[0],
) => Pick<BrowserWindowType, 'loadURL' | 'destroy' | 'isDestroyed' | 'webContents'>;

export interface ReportShellDeps {
  BrowserWindow: BrowserWindowClass;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The window the save dialog belongs to (null: app-modal). */
  parent: () => BrowserWindowType | null;
  /** Where the dialog starts, e.g. app.getPath('documents'). */
  defaultDir: string;
  paper?: 'A4' | 'Letter';
}

const FILTERS: Record<ReportFormat, SaveDialogOptions['filters']> = {
  json: [{ name: 'Report (JSON)', extensions: ['json'] }],
  html: [{ name: 'Report (HTML)', extensions: ['html'] }],
  pdf: [{ name: 'Report (PDF)', extensions: ['pdf'] }],
};

export function createReportShell(deps: ReportShellDeps): ReportShell {
  return {
    async saveFile({ defaultName, format, data }) {
      const options: SaveDialogOptions = {
        defaultPath: path.join(deps.defaultDir, defaultName),
        filters: FILTERS[format],
      };
      const parent = deps.parent();
      const answer = parent
        ? await deps.dialog.showSaveDialog(parent, options)
        : await deps.dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return null;
      await writeFileDurably(answer.filePath, data, { createDir: false, mode: 0o644 });
      return answer.filePath;
    },
    async printToPdf(html, paper) {
      // A hidden, script-less window that can go nowhere: the report HTML is printed and nothing else.
      const win = new deps.BrowserWindow({
        show: false,
        webPreferences: {
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
        },
      });
      try {
        win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
        win.webContents.on('will-navigate', (event) => event.preventDefault());
        await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
        return await win.webContents.printToPDF({ printBackground: true, pageSize: paper ?? deps.paper ?? 'A4' });
      } finally {
        if (!win.isDestroyed()) win.destroy();
      }
    },
  };
}
