// Main process (plain Node). What went wrong with the data folder, in words: a read-only folder or a file
// where the folder should be must not reach the screen as "check the internet connection" or as a raw
// EEXIST/ENOTDIR. Says which path, what is wrong with it and what to do.
import { statSync } from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../ipc/handler-types';

export class DataFolderError extends UserFacingError {
  constructor(
    message: string,
    /** The path that is in the way (the folder or the file). */
    readonly path: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'DataFolderError';
  }
}

const ANOTHER = 'or use another data folder (--data-dir for the headless tool, TCD_DATA_DIR for the app)';

/** The nearest existing ancestor of `target` (itself included) that is not a folder, if any. */
function fileInTheWay(target: string): string | null {
  for (let at = path.resolve(target); ; at = path.dirname(at)) {
    try {
      return statSync(at).isDirectory() ? null : at;
    } catch {
      // Missing: look further up.
    }
    if (path.dirname(at) === at) return null;
  }
}

/** The error for a failed read or write of `file` in the data folder; any other error comes back as it was. */
export function dataFolderError(error: unknown, file: string): Error {
  if (error instanceof UserFacingError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const dir = path.dirname(file);
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST': {
      const blocker = fileInTheWay(dir) ?? dir;
      return new DataFolderError(`The data folder cannot be used: ${blocker} is a file, not a folder. Move that file away, ${ANOTHER}.`, blocker, code);
    }
    case 'EISDIR':
      return new DataFolderError(`The file ${file} could not be read. Check that it is a file you may read and write: a folder is in its place; move it away, ${ANOTHER}.`, file, code);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new DataFolderError(
        `The data folder ${dir} cannot be written (${code === 'EROFS' ? 'the disk is read-only' : 'permission denied'}). Give your user write access to it, ${ANOTHER}.`,
        dir,
        code,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new DataFolderError(`The disk holding the data folder ${dir} is full. Free some space and try again.`, dir, code);
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}
