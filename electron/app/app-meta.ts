// Main process (plain Node). The app's name and version, from package.json (bundled in by esbuild).
import pkg from '../../package.json' with { type: 'json' };

export const appMeta = {
  name: pkg.productName,
  version: pkg.version,
  /** Reverse-DNS id, also the deep-link scheme for OAuth callbacks. */
  appId: 'com.teslaconnectdoctor.app',
  scheme: 'com.teslaconnectdoctor.app',
} as const;
