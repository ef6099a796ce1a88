// `npm test`: everything a maintainer trusts, in order: format (prettier decides layout), type check, unit tests under three time zones, build,
// then checks on the built artifact. Ends with the plain line `N passed, N failed` summed over both vitest runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
const steps = [
  ['format check (npm run format to fix)', 'npm', ['run', '--silent', 'format:check']],
  ['type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  [
    'unit tests (UTC, Asia/Shanghai, Pacific/Apia)',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.tmp/unit.json'],
  ],
  ['build', 'npx', ['tsup']],
  [
    'artifact checks',
    'npx',
    [
      'vitest',
      'run',
      '--config',
      'vitest.artifact.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile=.tmp/artifact.json',
    ],
  ],
];
let passed = 0;
let failed = 0;
let broken = '';
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const report = args.find((a) => a.startsWith('--outputFile='))?.slice('--outputFile='.length);
  if (report) rmSync(report, { force: true });
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (report) {
    try {
      const j = JSON.parse(readFileSync(report, 'utf8'));
      passed += j.numPassedTests;
      failed += j.numFailedTests;
    } catch {
      // No report means the runner itself failed; the exit status below says so.
    }
  }
  if (r.status !== 0) {
    broken = name;
    break;
  }
}
if (broken) console.log(`\nFAILED at step: ${broken}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
