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
    // The CLI: a thin shell over the public API, for Node only; not a library entry (no types, ESM only). Split into
    // chunks in its own folder, so a command loads only its engine and packages: `--help` took 0.22 s of CPU when
    // every engine, zod, yaml and fflate were loaded at start, 0.08 s split.
    entry: { main: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: true,
    target: 'node20',
    platform: 'node',
    outDir: 'dist/cli',
    tsconfig: 'tsconfig.build.json',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
