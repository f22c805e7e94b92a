import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import layers from './eslint-rules/layers.js';

const root = dirname(fileURLToPath(import.meta.url));

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Import bans that keep the dependency arrows of the architecture: renderer -> shared <- main. */
const noMain = { group: ['**/main', '**/main/**'], message: 'Only main/ may import main/.' };
const noRenderer = {
  group: ['**/renderer', '**/renderer/**'],
  message: 'Only renderer/ may import renderer/.',
};
const noElectron = {
  name: 'electron',
  message: 'Only the Electron shell in main/ may import electron.',
};
const noNode = (where) =>
  nodeBuiltins.map((name) => ({ name, message: `${where} runs outside Node: no Node built-ins.` }));

/** DOM globals that shared/ must not touch (tsconfig.shared.json has no DOM types either). */
const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'location',
  'self',
];

/*
 * The layers of shared/, lowest first: each folder lists what it may import (besides itself); an
 * import of anything else in shared/ fails the lint. An entry that names a single file is an
 * exception, and says why on its line.
 *
 *   finance → scenario → model → analysis → report | compare | monitor | statements → export → host
 *
 * i18n (languages, units, texts) and sheet (the shape of an exported table) stand beside the
 * layers: every folder may use them, and they use nothing.
 */
const leaves = ['shared/i18n', 'shared/sheet'];
const belowReports = ['shared/finance', 'shared/scenario', 'shared/model', 'shared/analysis'];
const reports = ['shared/report', 'shared/compare', 'shared/monitor', 'shared/statements'];
const sharedLayers = {
  'shared/i18n': [],
  'shared/sheet': [],
  'shared/finance': [],
  'shared/scenario': ['shared/finance', ...leaves],
  'shared/model': ['shared/finance', 'shared/scenario', ...leaves],
  'shared/analysis': ['shared/finance', 'shared/scenario', 'shared/model', ...leaves],
  'shared/report': [...belowReports, ...leaves],
  'shared/compare': [
    ...belowReports,
    ...leaves,
    'shared/report/request.ts', // the comparison report's request, which the comparison fills in
  ],
  'shared/monitor': [
    ...belowReports,
    ...leaves,
    'shared/compare', // monitoring follows the funded applicants as the comparison assesses them
    'shared/report/request.ts', // the monitoring report's request, which the monitoring fills in
  ],
  'shared/statements': [...belowReports, ...leaves],
  'shared/export': [...belowReports, ...reports, ...leaves],
  'shared/host': [...belowReports, ...reports, 'shared/export', ...leaves],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    plugins: { layers },
    rules: {
      'layers/allowed-imports': ['error', { root, scope: 'shared', folders: sharedLayers }],
      'no-restricted-imports': [
        'error',
        { paths: [noElectron, ...noNode('shared/')], patterns: [noMain, noRenderer] },
      ],
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: 'shared/ runs without a DOM.' })),
        { name: 'process', message: 'shared/ runs outside Node.' },
        { name: 'Buffer', message: 'shared/ runs outside Node.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron, ...noNode('renderer/')], patterns: [noMain] },
      ],
    },
  },
  {
    files: ['main/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noRenderer] }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' },
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
);
