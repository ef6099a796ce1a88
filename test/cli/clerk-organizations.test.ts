// A 社会组织 register as a clerk keeps it: grades with their letters spelled out (AAAA, AAA级), 年检 results written
// 年检合格 and 未年检. Each reads as the grade and result it names.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { organizationRecord } from '../../src/entities/index.js';
import { memoryIO } from './memory-io.js';

const CSV = [
  '序号,单位名称,组织类型,社会组织类型,登记日期,社会组织评估等级,评估等级认定日期,2024年度年检结果,2025年度年检结果',
  '1,甲社工服务中心,民办社会工作服务机构,民办非企业单位,2018年5月6日,AAAA,2023.6.1,年检合格,合格',
  '2,乙协会,新社会组织,社会团体,2015/3/1,AAA级,2024-12-1,未年检,年检基本合格',
].join('\r\n');

describe('a clerk-kept organization register', () => {
  it('reads spelled-out grades and 年检 results', async () => {
    const m = memoryIO({ 'o.csv': CSV });
    expect(await run(['ratings', 'o.csv', '--as-of', '2026-11-30', '--format', 'json'], m.io), m.stderr()).toBe(0);
    expect(m.stderr()).not.toContain('无效');
  });
  it('the record reads them as the grades and results they name', () => {
    const r = organizationRecord.safeParse({
      id: 'O1',
      name: '甲',
      divisionCode: '320812',
      kind: '新社会组织',
      rating: 'AAAAA级',
      ratedOn: '2024-06-30',
      annualInspections: { 2024: '年检合格', 2025: '未参检' },
    });
    expect(r.success && r.data).toMatchObject({
      rating: '5A',
      annualInspections: { 2024: 'qualified', 2025: 'not_inspected' },
    });
    const base = { id: 'O1', name: '甲', divisionCode: '320812', kind: '新社会组织' };
    expect(organizationRecord.safeParse({ ...base, rating: 'AAAA', ratedOn: '2024-06-30' }).success).toBe(true);
    expect(organizationRecord.safeParse({ ...base, rating: 'AAAAAA', ratedOn: '2024-06-30' }).success).toBe(false);
  });
});
