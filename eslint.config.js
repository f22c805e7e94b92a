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
  'shared/i18n': [
    'shared/model/metric-catalogue.ts', // type only: the metrics' names are keyed by the model's metric keys
    'shared/statements/statement.ts', // type only: the statements' titles are keyed by their keys
  ],
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

/*
 * The renderer's shape: the shell (app frame, menus, workspace) composes the features; a feature
 * is one screen or panel and uses services only, never another feature or the shell; services are
 * the parts every screen shares, each using only those before it in this list. What two features
 * share becomes a service, or the shell passes it in. The entry points (main.tsx, report-main.tsx,
 * App.tsx) sit above all of it.
 */
const FEATURES = [
  'actuals', // plan against actual results
  'applicants', // the subsidy officer's comparison, budget and monitoring
  'editor', // the scenario's inputs
  'report', // the printed reports' pages
  'results', // the results beside the editor
  'risk', // tornado, two-way table, switching values, Monte Carlo
  'scenarios', // named scenarios side by side
  'welcome', // the start page
];
const SERVICES = [
  'host', // the Host: desktop or browser, files, recovery
  'i18n', // i18next fed from shared/i18n
  'settings', // the person's settings
  'format', // numbers and amounts as the language writes them
  'document', // the scenario file as edited: edits, history, value kinds
  'evaluation', // the model's figures for the screen, as the worker computes them
  'workers', // work off the page's thread
  'session', // the open document and its live evaluation, as React contexts
  'texts', // figures, issues, drivers and warnings put into words
  'ui', // theme and notices
  'commands', // what screens ask of the file commands, provided by the shell
  'charts', // Chart.js charts
  'figures', // KPI cards, projection table, warnings: an evaluation shown
  'fields', // the form kit that edits a scenario's fields
].map((name) => `renderer/services/${name}`);
const rendererLayers = {
  'renderer/shell': ['renderer/features', 'renderer/services'],
  ...Object.fromEntries(
    FEATURES.map((name) => [`renderer/features/${name}`, ['renderer/services']]),
  ),
  ...Object.fromEntries(SERVICES.map((name, index) => [name, SERVICES.slice(0, index)])),
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
    plugins: { layers },
    rules: {
      'layers/allowed-imports': ['error', { root, scope: 'renderer', folders: rendererLayers }],
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
