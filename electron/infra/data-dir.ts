// Plain Node. Where the app keeps its data when Electron is not there to say (browser mode, the headless
// tool): the same folder Electron's userData would be, so both see the same settings and journals.
import os from 'node:os';
import path from 'node:path';
import { appMeta } from '@main/infra/app-meta';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.TCD_DATA_DIR) return path.resolve(env.TCD_DATA_DIR);
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', appMeta.name);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appMeta.name);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), appMeta.name);
}
