// The `huaian-sw` program: binds the CLI to the real process (arguments, files, stdout, stderr, exit code).
import pkg from '../../package.json' with { type: 'json' };
import { nodeIO, removeTempFiles } from './io.js';
import { run } from './run.js';

// A closed pipe (`huaian-sw salary … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

// An interrupted run (Ctrl-C, kill, a closed terminal) removes its half-written temporary output, so the previous
// output stays as it was and no stray file is left; the exit code is the shell's 128 + signal number.
for (const [signal, number] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
] as const) {
  process.on(signal, () => {
    removeTempFiles();
    process.exit(128 + number);
  });
}
// Any other way out (process.exit above, an uncaught error) must not leave a temporary file either.
process.on('exit', removeTempFiles);

run(process.argv.slice(2), nodeIO(), pkg.version).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`huaian-sw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
