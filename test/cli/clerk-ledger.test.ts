// A 信访 ledger as a clerk keeps it: forms as 信访 work names them (来信, 来电, 网上信访), the intake written 转送 or
// 交办 alone (the label 「转送、交办」 joins them, and each alone was refused while the message listed both), dates
// with dots, a date known only to the month, a 合计 row.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { parsePetition } from '../../src/entities/index.js';
import { memoryIO } from './memory-io.js';

const CSV = [
  '信访事项台账',
  '序号,承办单位,收到方式,信访形式,信访事项类别,收到日期,转送、交办日期,受理日期,办结日期',
  '1,某街道,信访部门收到,来信,申诉求决类,2026.10.8,2026.10.9,2026-10-12,',
  '2,某街道,信访人直接提出,走访,建议意见类,2026年11月3日,,2026/11/5,',
  '3,某局,转送,网上信访,检举控告类,2026-9-1,,2026-09-03,2026-11-20',
  '4,某局,交办,来电,申诉求决类,2026/08/15,,2026-08-20,',
  '5,某局,信访部门收到,来访,申诉求决类,2026.9,,,',
  '合计,5件,,,,,,,',
].join('\r\n');

describe('a clerk-kept 信访 ledger', () => {
  it('reads the usual names of forms and intakes; a date known only to the month is the one bad row', async () => {
    const m = memoryIO({ 'p.csv': CSV });
    expect(await run(['petitions', 'p.csv', '--as-of', '2026-11-30', '--format', 'json'], m.io)).toBe(1);
    const err = m.stderr();
    expect(err).not.toContain('信访形式');
    expect(err).not.toContain('收到方式');
    expect(err).toContain('第 7 行');
    expect(err).toContain('「2026.9」');
    expect(err).toMatch(/共 6 件：已计算 4 件，有误 1 件，合计行 1 行（已跳过）/);
  });
  it('the record reads them as the values of art. 17 and art. 23', () => {
    const p = (intake: string, form: string) =>
      parsePetition({ id: 'X', intake, form, category: '建议意见类', receivedOn: '2026-02-10' });
    expect(p('转送', '来信')).toMatchObject({ intake: 'transferred', form: 'letter' });
    expect(p('交办', '来电')).toMatchObject({ intake: 'transferred', form: 'phone' });
    expect(p('转办', '网上信访')).toMatchObject({ intake: 'transferred', form: 'online' });
    expect(p('信访部门收到', '来访')).toMatchObject({ intake: 'petition_office', form: 'visit' });
  });
});
