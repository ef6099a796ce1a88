import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROSTER_COLUMNS, mapHeaders, normaliseHeader } from '../../src/cli/columns.js';
import { columnForPath, normaliseDate, parseAssessmentCell, rowToWorker } from '../../src/cli/roster.js';

describe('mapHeaders', () => {
  it('maps Chinese and English headers, in any spelling, to the same fields', () => {
    const zh = mapHeaders(['编号', '姓名', '岗位', '学历', '参加社区工作时间', '证书等级', '取证日期', '考核'], ROSTER_COLUMNS);
    const en = mapHeaders(['ID', 'Name', 'Post', 'Education', 'Service Start', 'certificate', 'certificate_obtained', 'Assessments'], ROSTER_COLUMNS);
    expect(zh.columns.map((c) => c?.key)).toEqual(en.columns.map((c) => c?.key));
    expect(zh.columns.map((c) => c?.key)).toEqual(['id', 'name', 'post', 'education', 'serviceStart', 'certificate', 'certificateObtained', 'assessments']);
    expect(zh.missing).toEqual([]);
  });
  it('reads full-width brackets and spaces in headers', () => {
    expect(normaliseHeader('参加社区工作时间（日期）')).toBe('参加社区工作时间日期');
    expect(mapHeaders(['岗 位'], ROSTER_COLUMNS).columns[0]?.key).toBe('post');
  });
  it('recognises one column per assessment year', () => {
    const m = mapHeaders(['岗位', '2023年考核', 'assessment 2024', '2022年度考核结果'], ROSTER_COLUMNS);
    expect(m.columns.slice(1)).toEqual([
      { key: 'assessments', year: '2023', header: '2023年考核' },
      { key: 'assessments', year: '2024', header: 'assessment 2024' },
      { key: 'assessments', year: '2022', header: '2022年度考核结果' },
    ]);
  });
  it('lists missing required columns, unknown headers, and two headers meaning one field as a conflict', () => {
    const m = mapHeaders(['姓名', '备注', 'post', '岗位', ''], ROSTER_COLUMNS);
    expect(m.missing.map((s) => s.key)).toEqual(['education', 'serviceStart']);
    expect(m.unknown).toEqual(['备注']);
    expect(m.duplicates).toEqual([]);
    expect(m.conflicts).toEqual([{ key: 'post', columns: [{ index: 2, header: 'post' }, { index: 3, header: '岗位' }] }]);
  });
  it('reads a header written twice the same way as a duplicate (both columns mapped), not a conflict', () => {
    const m = mapHeaders(['姓名', '岗位', '姓 名'], ROSTER_COLUMNS);
    expect(m.duplicates).toEqual(['姓 名']);
    expect(m.conflicts).toEqual([]);
    expect(m.columns.map((c) => c?.key)).toEqual(['name', 'post', 'name']);
  });
});

describe('normaliseDate', () => {
  it('rewrites the ways spreadsheets show dates', () => {
    expect(normaliseDate('2020/3/15')).toBe('2020-03-15');
    expect(normaliseDate('2020-3-5')).toBe('2020-03-05');
    expect(normaliseDate('2020.03.05')).toBe('2020-03-05');
    expect(normaliseDate('2020年3月5日')).toBe('2020-03-05');
  });
  it('leaves anything else for the library to judge', () => {
    expect(normaliseDate('2023/2/29')).toBe('2023-02-29');
    expect(normaliseDate('三月')).toBe('三月');
    expect(normaliseDate('20200315')).toBe('20200315');
  });
});

describe('parseAssessmentCell', () => {
  it('reads year:result pairs with ASCII or full-width separators', () => {
    expect(parseAssessmentCell('2023:优秀;2024：合格；2025:pass', [])).toEqual({ ok: true, value: { '2023': '优秀', '2024': '合格', '2025': 'pass' } });
  });
  it('reads any list of year:result entries with any mix of separators (property)', () => {
    const entry = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('优秀', '合格', '基本合格', '不合格', 'pass', 'excellent'), fc.constantFrom(':', '：', '年:', '年：'));
    const sep = fc.constantFrom(';', '；', ',', '，', '、', ' ', '; ', '\u3000');
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(entry, sep), { maxLength: 6, selector: ([[y]]) => y }), (list) => {
        const text = list.map(([[y, r, colon], s]) => `${y}${colon}${r}${s}`).join('');
        const expected: Record<string, string> = {};
        for (const [[y, r]] of list) expected[String(y)] = r;
        expect(parseAssessmentCell(text, [])).toEqual({ ok: true, value: expected });
      }),
    );
  });
  it('refuses a year given twice with different results, and accepts it repeated identically', () => {
    const r = parseAssessmentCell('2022:优秀;2023:合格;2022:不合格', ['assessments']);
    expect(r).toMatchObject({ ok: false, issue: { code: 'inconsistent', path: ['assessments', '2022'] } });
    if (!r.ok) expect(r.issue.zh).toBe('2022 年的考核结果给了两次且不一致：「优秀」和「不合格」');
    expect(parseAssessmentCell('2022:优秀;2022年：优秀', [])).toEqual({ ok: true, value: { '2022': '优秀' } });
  });
  it('names the entry it cannot read', () => {
    const r = parseAssessmentCell('2023:优秀;优秀', ['assessments']);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issue.code).toBe('invalid_format');
      expect(r.issue.path).toEqual(['assessments']);
      expect(r.issue.zh).toContain('「优秀」');
    }
  });
});

describe('rowToWorker', () => {
  const map = mapHeaders(['编号', '姓名', '岗位', '学历', '参加社区工作时间', '证书等级', '取证日期', '考核', '2025年考核'], ROSTER_COLUMNS);
  it('reshapes a row into the library input, leaving values (正职, 本科) to the library', () => {
    const r = rowToWorker([' HA001 ', '示例甲', '正职', '本科', '2012/3/15', '社会工作师', '2019/6/20', '2022:优秀;2023:优秀', '合格'], map, 2);
    expect(r).toEqual({
      row: 2,
      issues: [],
      worker: {
        id: 'HA001',
        name: '示例甲',
        post: '正职',
        education: '本科',
        serviceStart: '2012-03-15',
        certificate: { level: '社会工作师', obtained: '2019-06-20' },
        assessments: { '2022': '优秀', '2023': '优秀', '2025': '合格' },
      },
    });
  });
  it('omits empty cells and "无" certificates', () => {
    const r = rowToWorker(['', '', '副职', '硕士', '2020-01-01', '无', '', '', ''], map, 3);
    expect(r.worker).toEqual({ post: '副职', education: '硕士', serviceStart: '2020-01-01' });
  });
  it('keeps a date without a certificate level so that the library reports the missing level', () => {
    const r = rowToWorker(['', '', '副职', '硕士', '2020-01-01', '', '2021-01-01', '', ''], map, 3);
    expect(r.worker.certificate).toEqual({ level: undefined, obtained: '2021-01-01' });
  });
  it('refuses a row whose duplicate columns, or 考核 cell and year column, disagree', () => {
    const dup = mapHeaders(['姓名', '岗位', '学历', '参加社区工作时间', '姓名', '考核', '2023年考核'], ROSTER_COLUMNS);
    const same = rowToWorker(['甲', '正职', '本科', '2020-01-01', '甲', '2023:优秀', '优秀'], dup, 2);
    expect(same.issues).toEqual([]);
    expect(same.worker).toMatchObject({ name: '甲', assessments: { '2023': '优秀' } });
    const differ = rowToWorker(['甲', '正职', '本科', '2020-01-01', '乙', '2023:优秀', '合格'], dup, 3);
    expect(differ.issues.map((i) => [i.code, i.path, i.zh])).toEqual([
      ['inconsistent', ['name'], '重复的列「姓名」两处不一致：「甲」和「乙」'],
      ['inconsistent', ['assessments', '2023'], '2023 年的考核结果给了两次且不一致：「优秀」和「合格」'],
    ]);
    // One of the two cells empty is not a disagreement.
    expect(rowToWorker(['', '正职', '本科', '2020-01-01', '乙', '', ''], dup, 4).worker).toMatchObject({ name: '乙' });
  });
  it('points error paths back to the sheet columns', () => {
    expect(columnForPath(['certificate', 'obtained'], map)?.header).toBe('取证日期');
    expect(columnForPath(['certificate', 'level'], map)?.header).toBe('证书等级');
    expect(columnForPath(['assessments', '2025'], map)?.header).toBe('2025年考核');
    expect(columnForPath(['assessments', '2023'], map)?.header).toBe('考核');
    expect(columnForPath(['education'], map)?.header).toBe('学历');
    expect(columnForPath([], map)).toBeUndefined();
  });
});
