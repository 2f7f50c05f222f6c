import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The dependency arrows of ARCHITECTURE.md, enforced: shared/ stands alone, the renderer
// never reaches Node or Electron, the main process never imports React or the renderer.
const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'module', 'worker_threads'];
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const RENDERER_OUTSIDE = [
  {
    group: ['electron', '**/electron/**'],
    message: 'The renderer talks to the main process only through window.waymark.',
  },
  { group: NODE_BUILTINS, message: 'The renderer never imports Node modules.' },
  { group: ['better-sqlite3'], message: 'Storage lives in the main process.' },
];
/** One config per renderer layer: the folders above it it may not import (flat config does not merge rule options). */
const rendererLayers = (layers) =>
  Object.entries(layers).map(([files, above]) => ({
    files: [`${files}/*.{ts,tsx}`],
    rules: restrict([
      ...RENDERER_OUTSIDE,
      {
        // Relative paths into a renderer folder; shared/ (../../shared/commands …) stays open to all.
        group: [...above.flatMap((folder) => [`../**/${folder}/*`, `../**/${folder}`]), '!**/shared/**'],
        message: `A layer imports only the layers below it (see eslint.config.js): not ${above.join(', ')}.`,
      },
    ]),
  }));

const SHARED_OUTSIDE = [
  {
    group: ['**/electron/**', 'electron', '**/renderer/**', '**/server/**'],
    message: 'shared/ imports nothing from electron/, renderer/ or server/.',
  },
  { group: NODE_BUILTINS, message: 'shared/ runs in the renderer too: no Node modules.' },
  { group: ['react', 'react-dom', '@xyflow/*', 'zustand'], message: 'shared/ holds no UI code.' },
];

/**
 * shared/'s inner layers, lowest first: a folder imports only the folders before it. The model
 * is at the bottom; its types are inferred from the schema's zod declarations (type-only
 * imports, the one look upward the model may make).
 */
const SHARED_LAYERS = [
  'model',
  'schema',
  'layout',
  'templates',
  'render',
  'exchange',
  'collab',
  'commands',
  'menu',
  'security',
  'ipc',
];
const sharedLayers = () =>
  SHARED_LAYERS.map((folder, i) => ({
    files: [`shared/${folder}/**/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...SHARED_OUTSIDE,
            ...(i < SHARED_LAYERS.length - 1
              ? [
                  {
                    group: SHARED_LAYERS.slice(i + 1).flatMap((above) => [`../**/${above}/*`, `../**/${above}`]),
                    message: `shared/ is layered (${SHARED_LAYERS.join(' → ')}): ${folder}/ imports only the folders before it.`,
                    allowTypeImports: folder === 'model',
                  },
                ]
              : []),
          ],
        },
      ],
    },
  }));

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
  ...sharedLayers(),
  {
    // Readable units: a function longer than a screenful or two is split into named parts.
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 150, IIFEs: true }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(RENDERER_OUTSIDE),
    },
  },
  // The renderer's inner layers, lowest first: store, i18n, ipc (nothing of the renderer
  // above them); ui (the kit: no state, no services); services, commands, export; the features
  // (editor, library, compare, settings); app, the composition root, above everything.
  ...rendererLayers({
    'renderer/src/{store,i18n,ipc}/**': [
      'app',
      'settings',
      'editor',
      'library',
      'compare',
      'ui',
      'commands',
      'services',
      'export',
    ],
    'renderer/src/ui/**': [
      'app',
      'settings',
      'editor',
      'library',
      'compare',
      'commands',
      'services',
      'store',
      'export',
    ],
    'renderer/src/{commands,services,export}/**': ['app', 'settings', 'editor', 'library', 'compare'],
    'renderer/src/settings/**': ['app', 'editor', 'library', 'compare'],
    'renderer/src/editor/**': ['app', 'settings', 'library', 'compare'],
    'renderer/src/library/**': ['app', 'editor', 'compare'],
    // The compare view belongs to editing a future-state map: it reuses the editor's export menu and notices.
    'renderer/src/compare/**': ['app', 'settings', 'library'],
    // The participant's page in a workshop room: a separate entry, nothing of the editor.
    'renderer/src/participant/**': [
      'app',
      'settings',
      'editor',
      'library',
      'compare',
      'services',
      'commands',
      'export',
      'store',
      'ipc',
    ],
  }),
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
