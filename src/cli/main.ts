// The `huaian-sw` program: binds the CLI to the real process (arguments, files, stdout, stderr, exit code).
import pkg from '../../package.json' with { type: 'json' };
import { nodeIO } from './io.js';
import { run } from './run.js';

// A closed pipe (`huaian-sw salary … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

run(process.argv.slice(2), nodeIO(), pkg.version).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`huaian-sw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
