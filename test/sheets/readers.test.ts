import { csvBytes } from '../../src/sheets/csv.js';
import { describe, expect, it } from 'vitest';
import { isPolicyError } from '../../src/core/index.js';
import { socialWorkStationRecord } from '../../src/entities/index.js';
import { computeSalaries, salaryProfiles } from '../../src/salary/index.js';
import { withOverrides } from '../../src/core/index.js';
import { candidateRecord } from '../../src/associations/records.js';
import {
  ROSTER_COLUMNS,
  cellText,
  halfWidthDigits,
  collectionOfName,
  csvField,
  mapHeaders,
  normaliseHeader,
  readCollectionSheet,
  readDelimited,
  readRecordSheet,
  readRoster,
  readSlateSheet,
  rosterReader,
  serialText,
  sheetDate,
  sniffDelimiter,
  spellingsOf,
} from '../../src/sheets/index.js';

const HEADER = ['编号', '姓名', '职务', '学历', '参加社区工作时间', '证书等级', '取证日期', '考核'];

function refused(fn: () => unknown): { code: string; zh: string; en: string } {
  try {
    fn();
  } catch (e) {
    if (isPolicyError(e)) return e.issues[0]!;
    throw e;
  }
  throw new Error('not refused');
}

describe('sheetDate', () => {
  it('reads every spreadsheet spelling of a date', () => {
    for (const t of [
      '2014-09-01',
      '2014/9/1',
      '2014.9.1',
      '2014年9月1日',
      '2014-9-1',
      '2014/09/01 0:00',
      '2014/9/1 08:30:00',
      '2014-09-01T00:00:00',
      '20140901',
      ' 2014年 9月 1日 ',
    ])
      expect(sheetDate(t), t).toEqual({ ok: true, date: '2014-09-01' });
  });
  it('reads Excel serials in the 1900 system with its leap-year bug, and in the 1904 system', () => {
    expect(sheetDate(41883)).toEqual({ ok: true, date: '2014-09-01' });
    expect(sheetDate('41883')).toEqual({ ok: true, date: '2014-09-01' });
    expect(sheetDate(42430.999)).toEqual({ ok: true, date: '2016-03-01' });
    expect(sheetDate(1)).toEqual({ ok: true, date: '1900-01-01' });
    expect(sheetDate(59)).toEqual({ ok: true, date: '1900-02-28' });
    // Serial 60 is the 29 February 1900 that never was; 61 is 1 March.
    expect(sheetDate(60)).toEqual({ ok: false, reason: 'no_day' });
    expect(sheetDate(61)).toEqual({ ok: true, date: '1900-03-01' });
    expect(sheetDate(40421, true)).toEqual({ ok: true, date: '2014-09-01' });
    expect(sheetDate(0, true)).toEqual({ ok: false, reason: 'invalid' });
    expect(serialText(1, true)).toBe('1904-01-02');
    expect(serialText(42430.5, false)).toBe('2016-03-01 12:00');
  });
  it('refuses days the calendar does not have and text that is no date', () => {
    expect(sheetDate('2023/2/29')).toEqual({ ok: false, reason: 'no_day' });
    expect(sheetDate('2024/2/29')).toEqual({ ok: true, date: '2024-02-29' });
    expect(sheetDate('三月')).toEqual({ ok: false, reason: 'invalid' });
    expect(sheetDate(3_000_000)).toEqual({ ok: false, reason: 'invalid' });
    expect(sheetDate(true)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('cells and text', () => {
  it('gives numbers without exponent and unwraps the ="…" guard', () => {
    expect(cellText(320803000000)).toBe('320803000000');
    expect(cellText('="320803000000"')).toBe('320803000000');
    expect(cellText(null)).toBe('');
    expect(csvField('320803000000', true)).toBe('="320803000000"');
    expect(csvField('0517', true)).toBe('="0517"');
    expect(csvField('4500.00', true)).toBe('4500.00');
  });
  it('reads full-width digits in dates, numbers and assessment years, and 2023年优秀 without a colon; names unchanged', () => {
    expect(halfWidthDigits('２０１６－０３－０１')).toBe('2016-03-01');
    expect(halfWidthDigits('张三')).toBe('张三');
    expect(sheetDate('２０１６／３／１')).toEqual({ ok: true, date: '2016-03-01' });
    expect(sheetDate('２０１６年３月１日')).toEqual({ ok: true, date: '2016-03-01' });
    const r = readRoster([
      ['编号', '姓名', '岗位', '学历', '参加社区工作时间', '考核'],
      ['Ａ１', 'ＡＢ张', '正职', '本科', '２０１６．３．１', '２０２３：优秀；2024年度合格'],
      ['A2', '李四', '正职', '本科', '2016-03-01', '2023年优秀，2024年基本合格'],
    ]);
    expect(r.rows.map((x) => [x.issues, x.id, x.worker.name, x.worker.serviceStart, x.worker.assessments])).toEqual([
      [[], 'Ａ１', 'ＡＢ张', '2016-03-01', { '2023': 'excellent', '2024': 'pass' }],
      [[], 'A2', '李四', '2016-03-01', { '2023': 'excellent', '2024': 'basic_pass' }],
    ]);
    const s = readRecordSheet(
      [
        ['编号', '名称', '所在镇街区划代码', '持证社工数'],
        ['S1', '站', '320803001', '１２'],
      ],
      socialWorkStationRecord,
    );
    expect(s.rows[0]!.value).toMatchObject({ certifiedStaffCount: 12 });
  });
  it('keeps text Excel would run as a formula from being run (CSV injection), numbers as they are', () => {
    expect(csvField('=HYPERLINK("http://x","y")', true)).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('-2+3', true)).toBe("'-2+3");
    expect(csvField('+SUM(A1)', true)).toBe("'+SUM(A1)");
    expect(csvField('@cmd', true)).toBe("'@cmd");
    expect(csvField('\t=1', true)).toBe(`'\t=1`);
    for (const n of ['-5.00', '+3', '-12', '4500.00']) expect(csvField(n, true)).toBe(n);
    // Without excelText (plain CSV for programs) nothing is changed.
    expect(csvField('=1+1')).toBe('=1+1');
    // The fast whole-line path agrees with field by field.
    expect(new TextDecoder().decode(csvBytes([['1', '=1+1', '张三']], true))).toBe(`1,'=1+1,张三\r\n`);
  });
  it('sniffs comma, tab and semicolon', () => {
    expect(sniffDelimiter('a,b,c\n')).toBe(',');
    expect(sniffDelimiter('a\tb\tc\n1,2\t3')).toBe('\t');
    expect(sniffDelimiter('a;b;"c,d,e"\n')).toBe(';');
    expect(sniffDelimiter('only\n')).toBe(',');
  });
  it('reads UTF-16 LE tab text and GBK semicolon text', () => {
    const text = '\ufeff姓名\t岗位\r\n张三\t主任\r\n';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    expect(readDelimited(le)).toMatchObject({
      rows: [
        ['姓名', '岗位'],
        ['张三', '主任'],
      ],
      encoding: 'utf16le',
      delimiter: '\t',
    });
    // 姓名;岗位 in GBK.
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x3b, 0xb8, 0xda, 0xce, 0xbb, 0x0a]);
    expect(readDelimited(gbk)).toMatchObject({ rows: [['姓名', '岗位']], encoding: 'gb18030', delimiter: ';' });
  });
  it('refuses bytes that are not text with a PolicyError', () => {
    expect(refused(() => readDelimited(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0, 0]))).code).toBe(
      'sheet_not_text',
    );
    expect(refused(() => readDelimited(new TextEncoder().encode('a,b\n"x,y\n'))).code).toBe('sheet_unclosed_quote');
    expect(refused(() => readDelimited('text' as never)).code).toBe('sheet_rows_type');
  });
});

describe('value spellings as profile data', () => {
  it('reads the spellings of the default profile', () => {
    const edu = spellingsOf('education');
    for (const t of ['大专', '专科', '高职', '中专', '高中'])
      expect(edu.read(t), t).toEqual({ value: 'college_or_below' });
    expect(edu.read('大学本科')).toEqual({ value: 'bachelor' });
    expect(edu.read('硕士研究生')).toEqual({ value: 'master' });
    expect(edu.read('研究生')).toEqual({ choices: ['master', 'doctorate'] });
    const post = spellingsOf('post');
    expect(post.read('社区党组织书记')).toEqual({ value: 'principal' });
    expect(post.read('居委会主任')).toEqual({ value: 'principal' });
    expect(post.read('副书记')).toEqual({ value: 'deputy' });
    expect(post.read('副主任')).toEqual({ value: 'deputy' });
    expect(post.read('委员')).toEqual({ value: 'staff' });
    expect(post.read('专职社工')).toEqual({ value: 'staff' });
  });
  it('lets a host profile give its own table (委员 as 副职)', () => {
    const base = salaryProfiles.get('huaian');
    const host = withOverrides(base, { 'salary.spellings.post': { merge: { 委员: 'deputy' } } } as never);
    expect(spellingsOf('post', host).read('委员')).toEqual({ value: 'deputy' });
    expect(spellingsOf('post').read('委员')).toEqual({ value: 'staff' });
    const r = readRoster(
      [
        ['岗位', '学历', '参加社区工作时间'],
        ['委员', '本科', '2020-01-01'],
      ],
      { profile: host },
    );
    expect(r.rows[0]!.worker.post).toBe('deputy');
  });
  it("uses the default profile's table for a profile that has none", () => {
    expect(spellingsOf('post', 'nanjing-2018').read('居委会主任')).toEqual({ value: 'principal' });
  });
});

describe('readRoster', () => {
  it('maps the headers clerks write, in Chinese and English, to the same fields', () => {
    const zh = mapHeaders(
      ['编号', '姓 名', '现任职务', '最高学历', '参加社区工作时间（日期）', '证书等级', '取证时间', '年度考核'],
      ROSTER_COLUMNS,
    );
    const en = mapHeaders(
      ['id', 'Name', 'post', 'education', 'service_start', 'certificate', 'certificateObtained', 'assessments'],
      ROSTER_COLUMNS,
    );
    expect(zh.columns.map((c) => c?.key)).toEqual(en.columns.map((c) => c?.key));
    expect(normaliseHeader('参加社区工作时间（日期）*')).toBe('参加社区工作时间日期');
    expect(
      mapHeaders(['2023年度考核', '考核2024', 'assessment 2025'], ROSTER_COLUMNS).columns.map((c) => c?.year),
    ).toEqual(['2023', '2024', '2025']);
  });
  it('reads a row as clerks write it into the engine input', () => {
    const r = readRoster([
      HEADER,
      ['HA1', '张三', '居委会主任', '大学本科', '2014/9/1', '中级', '2019年6月30日', '2023:优秀;2024:称职'],
    ]);
    expect(r.rows[0]).toMatchObject({
      row: 2,
      id: 'HA1',
      issues: [],
      worker: {
        id: 'HA1',
        name: '张三',
        post: 'principal',
        education: 'bachelor',
        serviceStart: '2014-09-01',
        certificate: { level: 'intermediate', obtained: '2019-06-30' },
        assessments: { 2023: 'excellent', 2024: 'pass' },
      },
    });
  });
  it('reads one column per year and agrees with the cell', () => {
    const r = readRoster([
      ['岗位', '学历', '参加社区工作时间', '考核', '2024年考核'],
      ['副职', '本科', '2020-01-01', '2023:优秀', '合格'],
    ]);
    expect(r.rows[0]!.worker.assessments).toEqual({ 2023: 'excellent', 2024: 'pass' });
    const bad = readRoster([
      ['岗位', '学历', '参加社区工作时间', '考核', '2023年考核'],
      ['副职', '本科', '2020-01-01', '2023:优秀', '不合格'],
    ]);
    expect(bad.rows[0]!.issues[0]).toMatchObject({ code: 'inconsistent', path: ['assessments', '2023'] });
    expect(bad.rows[0]!.issues[0]!.zh).toBe(
      '第 2 行，列「2023年考核」：2023 年的考核结果给了两次且不一致：「优秀」和「不合格」',
    );
  });
  it('names the row, the column as written, the value and the accepted forms', () => {
    const r = readRoster([HEADER, ['7', '李四', '委员', '研究生', '2016/3/1 0:00', '', '', '2023优秀']]);
    const [a, b] = r.rows[0]!.issues;
    expect(a).toMatchObject({ code: 'ambiguous_value', path: ['education'] });
    expect(a!.zh).toBe('第 2 行（编号 7），列「学历」：「研究生」不明确，请写明是「硕士」还是「博士」');
    expect(a!.en).toBe('row 2 (id 7), column "学历": "研究生" is ambiguous; write which one: "硕士", "博士"');
    expect(b).toMatchObject({ code: 'invalid_format', path: ['assessments'] });
    expect(b!.zh).toContain('列「考核」：无法识别「2023优秀」');
    const c = readRoster([
      ['岗位', '学历', '入职时间'],
      ['书记', '本科', '2023/2/29'],
    ]).rows[0]!.issues[0]!;
    expect(c.zh).toBe(
      '第 2 行，列「入职时间」：「2023/2/29」不是有效的日期（日历上没有这一天）；可写作 2014-09-01、2014/9/1、2014.9.1、2014年9月1日、带时间的日期（2016/3/1 0:00）或 Excel 日期序号（如 41883）',
    );
    const d = readRoster([
      ['岗位', '学历', '入职时间'],
      ['居委会副主任X', '本科', '2020/1/1'],
    ]).rows[0]!.issues[0]!;
    expect(d.code).toBe('unknown_enum_value');
    expect(d.zh).toMatch(
      /^第 2 行，列「岗位」：无法识别「居委会副主任X」；可填 「正职」、「副职」、「其他社区工作者」、「书记」/,
    );
  });
  it('words an engine issue with the column: a certificate without 取证日期 says 「取证日期」', () => {
    const reader = rosterReader(['姓名', '岗位', '学历', '参加社区工作时间', '证书等级']);
    const row = reader.read(['王五', '正职', '本科', '2020-01-01', '中级'], 4);
    expect(row.issues).toEqual([]);
    // The engine leaves the certificate step undetermined, naming the missing date.
    const r = computeSalaries([row.worker], { asOf: '2026-01-01' }).rows[0]!;
    expect(r.outcome).toBe('undetermined');
    const issue = reader.locate(
      { code: 'required', path: ['certificate', 'obtained'], zh: '缺少必填字段', en: 'Required field is missing' },
      row,
    );
    expect(issue.zh).toMatch(/^第 4 行，列「取证日期」（表中没有这一列）：/);
    expect(issue.zh).not.toContain('certificate.obtained');
    expect(issue.en).toMatch(/^row 4, column "取证日期" \(not in the sheet\): /);
  });
  it('refuses a header without a required column, naming it', () => {
    const e = refused(() => readRoster([['姓名', '岗位']]));
    expect(e.code).toBe('sheet_missing_columns');
    expect(e.zh).toBe('表头缺少必需的列：「学历/education」、「参加社区工作时间/serviceStart」。表头是：姓名,岗位');
    expect(refused(() => readRoster([['岗位', 'post', '学历', '参加社区工作时间']])).code).toBe(
      'sheet_conflicting_columns',
    );
    expect(refused(() => readRoster([])).code).toBe('sheet_no_header');
    expect(refused(() => readRoster('x' as never)).code).toBe('sheet_rows_type');
    expect(refused(() => readRoster([['a'], 'b' as never])).code).toBe('sheet_rows_type');
  });
  it('skips blank rows and numbers rows from the header', () => {
    const r = readRoster([[], ['岗位', '学历', '参加社区工作时间'], ['', ''], ['正职', '本科', '2020-01-01']]);
    expect(r.blank).toBe(1);
    expect(r.rows.map((x) => x.row)).toEqual([4]);
  });
});

describe('records, registry collections and slates', () => {
  it('names collections in English or Chinese', () => {
    expect(collectionOfName('数据/社工站.csv')).toBe('socialWorkStations');
    expect(collectionOfName('社会工作站')).toBe('socialWorkStations');
    expect(collectionOfName('组织.xlsx')).toBe('organizations');
    expect(collectionOfName('party_organizations.csv')).toBe('partyOrganizations');
    expect(collectionOfName('备注')).toBeUndefined();
  });
  it('types cells from the record and names bad ones', () => {
    const s = readCollectionSheet(
      [
        ['编号', '区划代码', '建成日期', '持证社工数'],
        ['S1', 320803001000, '2023年5月1日', '3'],
        ['S2', '320803002000', '2023/2/30', '三'],
      ],
      '社工站',
    );
    expect(s.collection).toBe('socialWorkStations');
    expect(s.rows[0]!.value).toEqual({
      id: 'S1',
      divisionCode: '320803001000',
      establishedOn: '2023-05-01',
      certifiedStaffCount: 3,
    });
    expect(s.rows[1]!.issues.map((i) => i.zh)).toEqual([
      '第 3 行（编号 S2），列「建成日期」：「2023/2/30」不是有效的日期（日历上没有这一天）；可写作 2014-09-01、2014/9/1、2014.9.1、2014年9月1日、带时间的日期（2016/3/1 0:00）或 Excel 日期序号（如 41883）',
      '第 3 行（编号 S2），列「持证社工数」：「三」不是整数；请填写阿拉伯数字，如 3',
    ]);
    expect(refused(() => readCollectionSheet([['编号']], '备注')).code).toBe('sheet_unknown_collection');
  });
  it('reads a slate: a role column and the candidate record', () => {
    const s = readSlateSheet([
      ['岗位', '编号', '出生日期', '已连任届数'],
      ['会长', 'p1', '1960/5/20', 1],
      ['掌门', 'p2', '1970-01-01', 0],
    ]);
    expect(s.rows[0]!.seat).toEqual({
      role: 'president',
      candidate: { id: 'p1', birthDate: '1960-05-20', priorTerms: 1 },
    });
    expect(s.rows[1]!.issues[0]!.zh).toMatch(/^第 3 行（编号 p2），列「岗位」：无法识别「掌门」；可填 /);
    const plain = readRecordSheet(
      [
        ['编号', '出生日期'],
        ['p1', 21000],
      ],
      candidateRecord as never,
    );
    expect(plain.rows[0]!.value).toEqual({ id: 'p1', birthDate: '1957-06-29' });
  });
});
