import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The dependency arrows of ARCHITECTURE.md, enforced: shared/ stands alone, the renderer
// never reaches Node or Electron, the main process never imports React or the renderer.
const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'module', 'worker_threads'];
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'release/',
      'node_modules/',
      '.native/',
      'test-results/',
      'playwright-report/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([
      {
        group: ['**/electron/**', 'electron', '**/renderer/**'],
        message: 'shared/ imports nothing from electron/ or renderer/.',
      },
      { group: NODE_BUILTINS, message: 'shared/ runs in the renderer too: no Node modules.' },
      { group: ['react', 'react-dom', '@xyflow/*', 'zustand', 'zundo'], message: 'shared/ holds no UI code.' },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        {
          group: ['electron', '**/electron/**'],
          message: 'The renderer talks to the main process only through window.waymark.',
        },
        { group: NODE_BUILTINS, message: 'The renderer never imports Node modules.' },
        { group: ['better-sqlite3'], message: 'Storage lives in the main process.' },
      ]),
    },
  },
  {
    // Every text a person reads goes through the translation function: JSX text, and the
    // attributes that are read out or shown (labels, titles, placeholders, alt text).
    files: ['renderer/src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: ['^aria-label$', '^title$', '^placeholder$', '^alt$', '^label$', '^message$', '^confirmLabel$'],
          },
          'should-validate-template': true,
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict([
      {
        group: ['react', 'react-dom', '@xyflow/*', 'zustand', 'zundo', '**/renderer/**'],
        message: 'The main process never imports React or the renderer.',
      },
    ]),
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.{ts,tsx,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
