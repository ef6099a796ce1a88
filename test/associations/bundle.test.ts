// A review computes no money: the /associations entry must not pull decimal.js into a host's bundle (issue 12 item 6).
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the /associations bundle', () => {
  it('leaves decimal.js out', async () => {
    const r = await build({
      stdin: { contents: `export * from './src/associations/index.ts';`, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    // What the output holds (the metafile's inputs also list modules that tree shaking dropped).
    const kept = Object.entries(Object.values(r.metafile.outputs)[0]!.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([k]) => k);
    expect(kept.some((i) => i.includes('src/associations/review.ts'))).toBe(true);
    expect(kept.filter((i) => i.includes('decimal.js'))).toEqual([]);
  });
});
