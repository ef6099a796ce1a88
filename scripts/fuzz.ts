// `npm run fuzz`: drives every exported function of every entry point with generated inputs (test/fuzz/harness.ts)
// and prints, per function, the inputs, PolicyErrors, ok results and defects; exits 1 on any defect, with a minimal
// reproducer for each kind of defect. Options: --seed N | --seed random (the seed is always printed),
// --count N (total inputs, default 100000) or --per-function N, --only name[,name] / --skip name[,name] (some functions), --no-shrink.
import { exportedFunctions } from '../test/fuzz/discover.js';
import { formatReport, runFuzz, settle } from '../test/fuzz/harness.js';
import { SPECS } from '../test/fuzz/specs/index.js';
import { removeSandbox } from '../test/fuzz/specs/testing.js';

/** Fixed default, so two runs without --seed see the same inputs. */
export const DEFAULT_SEED = 20260101;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const seedText = option('seed');
const seed =
  seedText === undefined ? DEFAULT_SEED : seedText === 'random' ? (Math.random() * 2 ** 31) | 0 : Number(seedText);
const count = Number(option('count') ?? 100_000);
if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(count) || count < 1) {
  console.error(
    'usage: npm run fuzz -- [--seed N|random] [--count N] [--only name,name] [--skip name,name] [--no-shrink]',
  );
  process.exit(2);
}
const only = option('only')?.split(',');
const skip = option('skip')?.split(',') ?? [];
const all = exportedFunctions();
const missing = [...all.keys()].filter((n) => SPECS[n] === undefined);
if (missing.length > 0) console.error(`no fuzz spec (not driven): ${missing.join(', ')}`);
const functions = new Map([...all].filter(([n]) => (only === undefined || only.includes(n)) && !skip.includes(n)));
// Over every function that has a spec (the others are listed above and not driven), before --only/--skip: a
// function gets the same inputs whether it runs alone or with the others.
const weights = [...all.keys()].reduce((sum, n) => sum + (SPECS[n] === undefined ? 0 : (SPECS[n].weight ?? 1)), 0);
// --per-function N fixes the inputs per function instead (to compare two versions that export different functions).
const perFunction =
  option('per-function') === undefined ? Math.ceil(count / Math.max(weights, 1e-9)) : Number(option('per-function'));
console.log(
  `fuzz: seed ${seed}, ${count} inputs over ${all.size - missing.length} functions (${perFunction} per function before weights)${functions.size < all.size - missing.length ? `; running ${functions.size} of them` : ''}`,
);
const t0 = performance.now();
const reports = runFuzz(functions, SPECS, {
  seed,
  perFunction,
  shrink: !process.argv.includes('--no-shrink'),
  progress: (r) =>
    process.stderr.write(`  ${r.name}: ${r.inputs} inputs, ${r.defects} defects, ${(r.ms / 1000).toFixed(1)} s\n`),
});
await settle(reports);
removeSandbox();
console.log(formatReport(reports, seed));
const defects = reports.reduce((n, r) => n + r.defects, 0);
console.log(
  `\nseed ${seed}: ${reports.reduce((n, r) => n + r.inputs, 0)} inputs, ${defects} defects, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
process.exit(defects > 0 || missing.length > 0 ? 1 : 0);
