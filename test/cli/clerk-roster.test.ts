// A roster as a 社区 clerk types it: a title, a 填报单位 line, 全日制 and 学历 around the education, 党委书记 for the
// secretary, a service start known only to the month (2016.3), a post that is not one of the three (网格员), a 合计
// row. Each spelling the profile's tables read is computed; the half-known date and the unknown post are refused,
// naming row, column and value (2016.3 was read as the Excel serial of 1905-07-08 and computed).
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { memoryIO } from './memory-io.js';

const CSV = [
  '淮安市某社区工作者花名册',
  '填报单位：某街道',
  '序号,姓名,性别,所在社区,现任职务,全日制学历,参加社区工作时间,社工证,取证时间,2023年度考核,2024年度考核',
  '1,张三,男,某社区,党委书记,本科学历,2014年9月1日,中级,2018-6-30,优秀,合格',
  '2,李四,女,某社区,居委会副主任,全日制本科,2016.3,,,合格,合格',
  '3,王五,男,某社区,网格员,大专学历,2019/7/1,,,合格,合格',
  '4,赵六,女,某社区,党总支副书记,全日制大专,2012-05-01,高级,2021-06-30,优秀,优秀',
  '合计,4人,,,,,,,,,',
].join('\r\n');

interface Out {
  rows: {
    row: number;
    outcome: string;
    post?: string;
    grade?: number | null;
    errors?: { column?: string; zh: string }[];
  }[];
}

describe('a clerk-typed roster', () => {
  it('reads the usual spellings, refuses a half-known date and an unknown post by row and column', async () => {
    const m = memoryIO({ 'r.csv': CSV });
    expect(await run(['salary', 'r.csv', '--as-of', '2026-01-01', '--format', 'json'], m.io)).toBe(1);
    const out = JSON.parse(m.stdout()) as Out;
    const byRow = new Map(out.rows.map((r) => [r.row, r]));
    expect(byRow.get(4)).toMatchObject({ outcome: 'undetermined', post: 'principal' });
    expect(byRow.get(7)).toMatchObject({ outcome: 'undetermined', post: 'deputy' });
    expect(byRow.get(5)?.outcome).toBe('error');
    expect(byRow.get(5)?.errors?.map((e) => e.zh)).toEqual([
      '第 5 行（编号 2），列「参加社区工作时间」：「2016.3」不是有效的日期（只有年份或年月，请写明哪一天）；可写作 ' +
        byRow.get(5)!.errors![0]!.zh.split('可写作 ')[1],
    ]);
    expect(byRow.get(6)?.errors?.map((e) => e.column)).toEqual(['现任职务']);
    expect(byRow.get(6)?.errors?.[0]?.zh).toContain('无法识别「网格员」');
    expect(out.rows).toHaveLength(4);
    expect(m.stderr()).toContain('第 8 行是合计行，未计算');
  });
});
