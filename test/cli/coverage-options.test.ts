import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/core/index.js';
import { coverageReport } from '../../src/coverage/index.js';
import { run } from '../../src/cli/run.js';
import { memoryIO } from './memory-io.js';

const REGISTRY = 'data/demo/registry.json';
const registry = (JSON.parse(readFileSync(REGISTRY, 'utf8')) as { registry: unknown }).registry;
const base = ['coverage', REGISTRY, '--as-of', '2025-12-31'];

describe('huaian-sw coverage --indicators and --explain', () => {
  it('--indicators takes ids and Chinese names, and the report is the library’s for those indicators', async () => {
    const m = memoryIO();
    expect(
      await run([...base, '--indicators', 'social_work_stations，社区工作者社工证持证率', '--format', 'json'], m.io),
    ).toBe(0);
    const expected = coverageReport(registry, {
      asOf: '2025-12-31',
      indicators: ['social_work_stations', 'certification_rate'],
    });
    expect(JSON.parse(m.stdout())).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.rows.length).toBe(2);
  });

  it('refuses an unknown indicator with the closest one (exit 2)', async () => {
    const m = memoryIO();
    expect(await run([...base, '--indicators', 'social_work_station'], m.io)).toBe(2);
    expect(m.stderr()).toContain('镇街社会工作站');
    expect(m.stdout()).toBe('');
  });

  it('--explain adds every indicator’s explanation after the table, in the language asked for', async () => {
    const plain = memoryIO();
    await run([...base, '--indicators', 'social_work_stations', '--lang', 'en'], plain.io);
    const explained = memoryIO();
    await run([...base, '--indicators', 'social_work_stations', '--lang', 'en', '--explain'], explained.io);
    const report = coverageReport(registry, { asOf: '2025-12-31', indicators: ['social_work_stations'] });
    expect(explained.stdout()).toBe(`${plain.stdout()}\n${explain(report, { lang: 'en' })}\n`);
  });
});
