// ESLint for LandLink: typescript-eslint with type information, the layering rule of docs/ARCHITECTURE.md
// as import restrictions per folder, type-only imports marked as such, and no promise left floating.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What each layer may not import (paths relative to the importing file's folder are matched by pattern). */
const layer = (files, patterns) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: patterns.map(([group, message, allowTypeImports = false]) => ({ group, message, allowTypeImports })) }],
  },
});

const NOT_ELECTRON = ['electron', 'The electron package is for electron/ only.'];
const NODE = [['node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3'], 'Pure code: no Node.js or SQLite.'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', '.artifacts/**', 'renderer/public/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // The layers (docs/ARCHITECTURE.md): imports point down only.
  layer(['src/domain/**', 'src/geo/**'], [NODE, [['**/store/**', '**/io/**', '**/api/**', '**/host/**', '**/renderer/**', '**/electron/**'], 'domain and geo import only each other.'], [['electron'], NOT_ELECTRON[1]]]),
  layer(['src/store/**'], [[['**/io/**', '**/api/**', '**/host/**', '**/renderer/**', '**/electron/**', 'electron'], 'store imports domain and geo only.']]),
  // GeoPackage is a file format as much as our store: io writes exports with the same primitives.
  layer(['src/io/**'], [[['**/api/**', '**/host/**', '**/renderer/**', '**/electron/**', 'electron', '**/store/*', '!**/store/gpkg'], 'io imports domain, geo and the GeoPackage primitives of store/gpkg only.']]),
  layer(['src/api/**'], [[['**/host/**', '**/renderer/**', '**/electron/**', 'electron'], 'api binds store, io, domain and geo; nothing above it.']]),
  layer(['src/host/**'], [[['**/store/**', '**/io/**', '**/renderer/**', '**/electron/**', 'electron'], 'host reaches the core through the API only.']]),
  layer(['resources/**'], [NODE, [['**/src/store/**', '**/src/io/**', '**/src/api/**', '**/src/host/**', '**/renderer/**', 'electron'], 'resources may use domain and geo only.']]),
  layer(['renderer/**'], [
    NODE,
    [['**/src/store/**', '**/src/io/**', '**/src/host/**', '**/electron/**', 'electron'], 'The renderer reaches the core through the typed API only.'],
    [['**/src/api/**'], 'The renderer imports the API contract as types only.', true],
  ]),
);
