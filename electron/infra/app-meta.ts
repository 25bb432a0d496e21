// Main process (plain Node). The app's name and version, from package.json (bundled in by esbuild).
// eslint-disable-next-line no-restricted-imports -- the manifest sits at the root, outside every aliased folder
import pkg from '../../package.json' with { type: 'json' };

export const appMeta = {
  name: pkg.productName,
  version: pkg.version,
  /** Reverse-DNS id, also the deep-link scheme for OAuth callbacks. */
  appId: 'com.teslaconnectdoctor.app',
  scheme: 'com.teslaconnectdoctor.app',
} as const;
