// Main process (plain Node). What went wrong with the data folder, in words: a read-only folder or a file
// where the folder should be must not reach the screen as "check the internet connection" or as a raw
// EEXIST/ENOTDIR. Says which path, what is wrong with it and what to do.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { TextParams } from '@shared/text/text-ref';
import { UserFacingError, type ErrorKey } from '../ipc/handler-types';

/** Words under `errors.data_folder_*` in the text catalogue; each ends with "or use another data folder". */
export class DataFolderError extends UserFacingError {
  constructor(
    key: ErrorKey,
    params: TextParams,
    /** The path that is in the way (the folder or the file). */
    readonly path: string,
    readonly code: string,
  ) {
    super(key, params);
    this.name = 'DataFolderError';
  }
}

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
      return new DataFolderError('data_folder_is_file', { path: blocker }, blocker, code);
    }
    case 'EISDIR':
      return new DataFolderError('data_folder_folder_in_place', { file }, file, code);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new DataFolderError(
        'data_folder_read_only',
        { dir, whyKey: code === 'EROFS' ? 'errors.disk_read_only' : 'errors.permission_denied' },
        dir,
        code,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new DataFolderError('data_folder_disk_full', { dir }, dir, code);
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}
