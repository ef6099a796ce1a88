import { defineConfig } from 'tsup';

// One entry per public subpath, so a host bundles only the domain it imports.
export const entries = {
  index: 'src/index.ts',
  'validators/index': 'src/validators/index.ts',
  'divisions/index': 'src/divisions/index.ts',
  'entities/index': 'src/entities/index.ts',
  'salary/index': 'src/salary/index.ts',
  'coverage/index': 'src/coverage/index.ts',
  'associations/index': 'src/associations/index.ts',
  'petitions/index': 'src/petitions/index.ts',
  'ratings/index': 'src/ratings/index.ts',
  'committees/index': 'src/committees/index.ts',
  'workforce/index': 'src/workforce/index.ts',
  'sheets/index': 'src/sheets/index.ts',
  'testing/index': 'src/testing/index.ts',
};

// Not a subpath: money is an entry only so that it gets a file of its own. A chunk holding it beside code every
// domain uses would make any bundler keep decimal.js (a package it cannot prove free of side effects) wherever that
// chunk is imported; in a file of its own, an unused import of it is dropped (our package is "sideEffects": false).
const chunksOfTheirOwn = { 'internal/money': 'src/core/money.ts' };

export default defineConfig([
  {
    entry: { ...entries, ...chunksOfTheirOwn },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    tsconfig: 'tsconfig.build.json',
  },
  {
    // The CLI: a thin shell over the public API, for Node only; not a library entry (no types, ESM only).
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: false,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    tsconfig: 'tsconfig.build.json',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
