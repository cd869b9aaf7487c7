// Lint: typescript-eslint's recommended rules, no import cycles, and the layers of
// src/ written as rules (see the README's architecture section): the rules core and
// the content import no other layer, render never reaches the network, ui never
// imports client (client calls ui), src/online is shared by the server and the
// browser and imports neither, and nothing in the browser imports the server.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const src = (names) => names.map((n) => `./src/${n}`);
const BROWSER = ['client', 'net', 'ui', 'render', 'i18n'];
const ALL = [...BROWSER, 'game', 'content', 'ai', 'debrief', 'online', 'classroom', 'server'];
const except = (...keep) => ALL.filter((l) => !keep.includes(l));

/** Zones for import-x/no-restricted-paths: `target` may not import from `from`. */
const zones = [
  { target: './src/content', from: src(except('content')), message: 'content imports only content' },
  { target: './src/game', from: src(except('game', 'content')), message: 'the rules core imports only the content' },
  {
    target: './src/ai',
    from: src(except('ai', 'game', 'content')),
    message: 'the bots see only the rules and the content',
  },
  {
    target: './src/debrief',
    from: src(except('debrief', 'game', 'content')),
    message: "the debrief's numbers come from the rules' state alone",
  },
  {
    target: './src/classroom',
    from: src([...BROWSER, 'server']),
    message: "the classroom's rules are pure: no browser, no server",
  },
  {
    target: './src/online',
    from: src([...BROWSER, 'server']),
    message: 'src/online is shared by the server and the browser: it imports neither',
  },
  {
    target: './src/i18n',
    from: src(['client', 'net', 'ui', 'render', 'server']),
    message: 'the words know no screen and no server',
  },
  { target: './src/net', from: src(['client', 'ui', 'render', 'server']), message: 'the network calls know no screen' },
  {
    target: './src/render',
    from: src(['client', 'net', 'ui', 'server']),
    message: 'render gets state, not the network',
  },
  { target: './src/ui', from: src(['client', 'server']), message: 'ui is called by client, never the other way' },
  { target: src(['client', 'i18n']), from: './src/server', message: 'the browser imports no server module' },
  {
    target: './src/server',
    from: src(['client', 'net', 'ui', 'render']),
    message: 'the server imports no browser module',
  },
];

const NODE_AND_NETWORK = {
  // Bare built-in names match exactly (a pattern `events` would also catch ./events).
  paths: builtinModules.map((name) => ({ name, message: 'no Node APIs here' })),
  patterns: [
    { group: ['node:*'], message: 'no Node APIs here' },
    {
      group: ['phaser', 'boardgame.io/client', 'boardgame.io/multiplayer', 'boardgame.io/server', 'socket.io*'],
      message: 'no engine, network or server here',
    },
  ],
};

/**
 * Node's and the browser's globals, which the pure modules may not touch (the rules
 * tsconfig refuses their types too; this catches what a type leaks back in).
 */
const HOST_GLOBALS = [
  ...['process', 'Buffer', 'global', 'require', 'module', 'exports', '__dirname', '__filename'],
  ...['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate'],
  ...['queueMicrotask', 'structuredClone', 'performance', 'console', 'fetch', 'crypto'],
  ...['window', 'self', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage'],
  ...['requestAnimationFrame', 'cancelAnimationFrame', 'alert', 'confirm', 'prompt', 'Worker', 'WebSocket'],
  ...['XMLHttpRequest', 'Event', 'EventTarget', 'HTMLElement', 'Element', 'Node', 'Blob', 'URL', 'TextEncoder'],
  ...['TextDecoder', 'AbortController', 'MessageChannel', 'BroadcastChannel', 'indexedDB', 'caches'],
].map((name) => ({ name, message: 'the pure modules use no Node or browser global' }));

const NO_GLOBAL_THIS = { object: 'globalThis', message: 'the pure modules use no host global' };

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
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
      // Without these, import-x reads no TypeScript file it reaches, and no-cycle sees no cycle.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
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
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      // Size holds the structure: no module over 400 lines, no function over 80 (blank lines and comments not counted).
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    // Tables of data, not code: the content and the locales may be as long as what they hold.
    files: ['src/content/**/*.ts', 'src/i18n/en.ts', 'src/i18n/locales/*.ts'],
    ignores: ['src/content/validate.ts'],
    rules: { 'max-lines': 'off', 'max-lines-per-function': 'off' },
  },
  {
    // Still over the size rules, each being split by the work that owns it; the override goes with the split.
    // The table (client/table.ts, its file) and the log's sentences (ui/logText.ts).
    files: ['src/client/table.ts', 'src/ui/logText.ts'],
    rules: { 'max-lines': 'off', 'max-lines-per-function': 'off' },
  },
  {
    files: ['src/game/**/*.ts', 'src/content/**/*.ts', 'src/classroom/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', NODE_AND_NETWORK],
      'no-restricted-globals': ['error', ...HOST_GLOBALS],
      'no-restricted-properties': ['error', NO_GLOBAL_THIS],
    },
  },
  {
    // Same seed and moves, same game: the rules and the content read no clock and roll no dice of their own.
    files: ['src/game/**/*.ts', 'src/content/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        NO_GLOBAL_THIS,
        { object: 'Math', property: 'random', message: "randomness goes through boardgame.io's seeded random" },
        { object: 'Date', property: 'now', message: 'the rules read no clock' },
      ],
    },
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
