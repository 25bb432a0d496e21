// Electron shell, but importable from tests: Electron's dialog comes in as a parameter (only type imports
// here). Offers the system save dialog for a support bundle already written to the data folder.
import type { BrowserWindow, Dialog, SaveDialogOptions } from 'electron';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { SupportShell } from '../support/support-bundle';

export interface SupportShellDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  parent: () => BrowserWindow | null;
  /** Where the dialog starts, e.g. app.getPath('desktop'). */
  defaultDir: string;
}

export function createSupportShell(deps: SupportShellDeps): SupportShell {
  return {
    async saveBundle({ defaultName, sourcePath }) {
      const options: SaveDialogOptions = {
        defaultPath: path.join(deps.defaultDir, defaultName),
        filters: [{ name: 'Zip', extensions: ['zip'] }],
      };
      const parent = deps.parent();
      const answer = parent
        ? await deps.dialog.showSaveDialog(parent, options)
        : await deps.dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return null;
      await copyFile(sourcePath, answer.filePath);
      return answer.filePath;
    },
  };
}
