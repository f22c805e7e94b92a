import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

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
    rules: {
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
