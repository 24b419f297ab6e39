import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, it, expect } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf-8')) as {
  $schema: string;
};
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf-8')) as Record<string, any>;

// The schema is draft-07 (ajv's default) and uses electron-builder's own "typeof" keyword, which
// strict: false lets ajv ignore; some properties list several JSON types, hence allowUnionTypes.
const validate = new Ajv({ strict: false, allowUnionTypes: true, allErrors: true }).compile(schema);
const errorsOf = (candidate: unknown) => (validate(candidate) ? [] : (validate.errors ?? []));

describe('electron-builder.yml', () => {
  it('is checked against a draft-07 schema', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('validates against electron-builder’s schema', () => {
    expect(errorsOf(config)).toEqual([]);
  });

  it('leaves native rebuilds to the beforePack hook, so offline installs never rebuild', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.beforePack).toBe('electron/before-pack.cjs');
    expect(() => readFileSync(path.join(root, config.beforePack), 'utf-8')).not.toThrow();
  });

  it('builds a per-user, zh-CN NSIS installer for Windows x64', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
    expect(config.nsis.installerLanguages).toEqual(['zh_CN']);
    expect(config.nsis.language).toBe('2052');
  });

  it('builds an AppImage and a deb in the Office category for Linux', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.category).toBe('Office');
  });

  it('ships the bundles and unpacks native modules from the asar', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/renderer/**/*', 'dist-electron/**/*']));
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.directories.output).toBe('release');
  });

  it('would catch an unknown key or a wrongly typed value', () => {
    expect(errorsOf({ ...config, npmRebiuld: false })).not.toEqual([]);
    expect(errorsOf({ ...config, npmRebuild: 'no' })).not.toEqual([]);
    expect(errorsOf({ ...config, nsis: { ...config.nsis, language: 2052 } })).not.toEqual([]);
  });
});
