// electron-builder beforePack hook: rebuilds better-sqlite3 for the target Electron's ABI and arch.
// npmRebuild is off so everyday installs stay offline and built for Node; this runs only when
// packaging, which needs internet (Electron headers or better-sqlite3's prebuilt binaries).
// Afterwards node_modules holds the Electron build: run `npm rebuild better-sqlite3` before tests.
const { rebuild } = require('@electron/rebuild');
const { Arch } = require('builder-util');

exports.default = async function beforePack(context) {
  const electronVersion = context.packager.info.framework.version;
  const arch = Arch[context.arch];
  console.log(`  • rebuilding better-sqlite3 for Electron ${electronVersion} ${context.electronPlatformName}-${arch}`);
  await rebuild({
    buildPath: context.packager.projectDir,
    electronVersion,
    arch,
    platform: context.electronPlatformName,
    onlyModules: ['better-sqlite3'],
    force: true,
  });
};
