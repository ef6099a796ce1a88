import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The validators entry point is meant for browsers and forms: it must stay under 3 KB gzip with all its dependencies
// (no zod, no decimal.js). Same measure as `esbuild --bundle --minify --format=esm | gzip -9`.
describe('validators bundle', () => {
  it('is at most 3 KB gzip', async () => {
    const out = await build({
      entryPoints: [new URL('../../src/validators/index.ts', import.meta.url).pathname],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
    });
    const bytes = gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(3072);
    expect(out.outputFiles[0]!.text).not.toMatch(/zod|Decimal/);
  });
});
