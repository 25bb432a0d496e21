// Packaging (Node, CommonJS because electron-builder loads hooks with require). Electron fuses are
// switches baked into the Electron binary; they are flipped here, after packing and before signing.
//
// Profiles (environment variable TCD_FUSES_PROFILE):
//   release (default)  RunAsNode off, NODE_OPTIONS off, --inspect arguments off, cookie encryption on,
//                      app loaded only from app.asar, asar integrity checked (macOS, Windows).
//   e2e                the same, but --inspect arguments stay on: Playwright's _electron attaches through
//                      them. Never ship an e2e build.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder require()s this hook */
const path = require('node:path');
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');

/** The fuse settings for a profile and platform, as a plain object keyed by FuseV1Options. */
function fuseConfig(profile, platform) {
  if (profile !== 'release' && profile !== 'e2e') {
    throw new Error(`TCD_FUSES_PROFILE must be "release" or "e2e", not "${profile}"`);
  }
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: profile === 'e2e',
    // electron-builder writes the asar integrity data only for macOS and Windows.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: platform === 'darwin' || platform === 'win32',
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The page is served from app://, never file://.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** Where the Electron binary (the file holding the fuse wire) sits in the packed app. */
function electronBinary(context) {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(context.appOutDir, `${name}.app`);
    case 'win32':
      return path.join(context.appOutDir, `${name}.exe`);
    default:
      return path.join(context.appOutDir, context.packager.executableName);
  }
}

async function afterPack(context) {
  const profile = process.env.TCD_FUSES_PROFILE || 'release';
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  const config = fuseConfig(profile, platform);
  // macOS arm64: flipping fuses breaks the ad-hoc signature; re-sign ad hoc (the real signing comes later).
  if (platform === 'darwin') config.resetAdHocDarwinSignature = true;
  await flipFuses(electronBinary(context), config);
  console.log(`  • fuses flipped  profile=${profile} platform=${platform}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.afterPack = afterPack;
module.exports.fuseConfig = fuseConfig;
module.exports.electronBinary = electronBinary;
