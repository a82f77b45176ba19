// Lint, including the dependency table of ../shared/DESIGN.md:
// domain ← engine, scenario, hunt; store ← hunt; cli ← all but web.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const layers = ['domain', 'engine', 'scenario', 'hunt', 'store', 'server', 'web', 'cli'];
/** Which @kunren packages each layer may import. */
const allowed = {
  domain: [],
  engine: ['domain'],
  scenario: ['domain'],
  hunt: ['domain'],
  store: ['domain', 'hunt'],
  server: ['domain', 'engine', 'scenario', 'hunt', 'store'],
  web: ['domain', 'hunt'],
  cli: ['domain', 'engine', 'scenario', 'hunt', 'store', 'server'],
};

/** @param {string} layer */
function layerRules(layer) {
  const forbidden = layers.filter((l) => l !== layer && !allowed[layer].includes(l));
  const patterns = [
    {
      group: forbidden.map((l) => `@kunren/${l}`).concat(forbidden.map((l) => `@kunren/${l}/*`)),
      message: `${layer} may import only: ${allowed[layer].join(', ') || 'no other kunren package'} (DESIGN.md, Architecture).`,
    },
    {
      group: ['../../*/src/*', '../../../*/src/*'],
      message: 'Import other packages by their name (@kunren/x), never by a relative path.',
    },
  ];
  return {
    files: [`packages/${layer}/src/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/*.tmp.ts',
      '**/.tmp/**',
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      '.bench-out/**',
      'packages/web/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js'] } } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  ...layers.map(layerRules),
  {
    // The engine is pure: no Node, no clock, no randomness, no timers (DESIGN.md, Determinism).
    files: ['packages/engine/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto', 'events', 'stream', 'util'],
              message: 'The engine may not import Node modules.',
            },
            {
              group: ['@kunren/*', '!@kunren/domain'],
              message: 'The engine may import only @kunren/domain.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'The engine takes time from its sim clock, never Date.' },
        { name: 'setTimeout', message: 'No timers in the engine.' },
        { name: 'setInterval', message: 'No timers in the engine.' },
        { name: 'setImmediate', message: 'No timers in the engine.' },
        { name: 'queueMicrotask', message: 'No timers in the engine.' },
        { name: 'performance', message: 'The engine takes time from its sim clock.' },
        { name: 'process', message: 'The engine may not touch the process.' },
        { name: 'require', message: 'The engine may not load modules dynamically.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator (rng streams).' },
        { object: 'Date', property: 'now', message: 'Use the sim clock.' },
      ],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: 8 }],
    },
  },
);
