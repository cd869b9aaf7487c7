// Lint: typescript-eslint's recommended rules, no import cycles, and the layers of
// src/ written as rules (see the README's architecture section): the rules core and
// the content import no other layer, render never reaches the network, ui never
// imports client, and nothing in the browser imports the server.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const BROWSER = ['./src/client', './src/ui', './src/render', './src/i18n'];
const LAYERS = ['ai', 'client', 'render', 'ui', 'server', 'i18n', 'debrief', 'online', 'classroom'];

/** Zones for import-x/no-restricted-paths: `target` may not import from `from`. */
const zones = [
  { target: './src/content', from: './src', except: ['./content'], message: 'content imports only content' },
  {
    target: './src/game',
    from: LAYERS.map((l) => `./src/${l}`),
    message: 'the rules core imports only the content',
  },
  {
    target: './src/render',
    from: ['./src/client', './src/ui', './src/server'],
    message: 'render gets state, not the network',
  },
  { target: './src/ui', from: ['./src/client'], message: 'ui is called by client, never the other way' },
  ...BROWSER.map((target) => ({ target, from: './src/server', message: 'the browser imports no server module' })),
  {
    target: './src/server',
    from: ['./src/client', './src/ui', './src/render'],
    message: 'the server imports no browser module',
  },
];

const NODE_AND_NETWORK = {
  patterns: [
    { group: ['node:*'], message: 'no Node APIs here' },
    {
      group: ['phaser', 'boardgame.io/client', 'boardgame.io/multiplayer', 'boardgame.io/server', 'socket.io*'],
      message: 'no engine, network or server here',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      'test-results/',
      'playwright-report/',
      'tests/e2e/screenshots/',
      'scripts/simWorker.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: {
      'no-undef': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A `let` filled in after the closures that read it are built (the server's wiring) stays a `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    files: ['src/game/**/*.ts', 'src/content/**/*.ts', 'src/classroom/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', NODE_AND_NETWORK] },
  },
  {
    files: ['src/render/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['boardgame.io/client', 'boardgame.io/multiplayer', 'socket.io*'],
              message: 'render never talks to the network',
            },
          ],
        },
      ],
    },
  },
);
