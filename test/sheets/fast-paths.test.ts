// The character-code fast paths of /sheets against the readable readings they stand in for: same answers on the
// shapes they take, and on the near misses they must hand back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateText, sheetDate } from '../../src/sheets/cells.js';
import { EXCEL_NUMERIC, NEEDS_QUOTES, csvBytes, csvLine, excelNumeric, needsQuotes } from '../../src/sheets/csv.js';
import { rosterReader } from '../../src/sheets/roster.js';

// Text made of the characters a date cell is made of, so that most strings are dates or near misses.
const dateish = fc
  .array(fc.constantFrom(...'0123456789012345678901234567890123456789-/.-/.-/. 年月日T:'.split('')), {
    minLength: 0,
    maxLength: 12,
  })
  .map((cs) => cs.join(''));

// The shapes of the fast path, with digits of every count around them.
const shaped = fc
  .tuple(
    fc.stringMatching(/^\d{3,5}$/),
    fc.constantFrom('-', '/', '.', '年', ' '),
    fc.stringMatching(/^\d{0,3}$/),
    fc.constantFrom('-', '/', '.', '月', ''),
    fc.stringMatching(/^\d{0,3}$/),
    fc.constantFrom('', '', '', '日', ' 0:00', '/'),
  )
  .map((p) => p.join(''));

describe('sheetDate: the character-code reading of Y/M/D agrees with the regular expressions', () => {
  it('on every listed spelling and near miss', () => {
    for (const t of [
      '2014/9/1',
      '2014.09.01',
      '2014-9-1',
      '2014-09-01',
      '2014/09-1',
      '2023/2/29',
      '2024/2/29',
      '0000/1/1',
      '2014/0/1',
      '2014/1/0',
      '2014/13/1',
      '2014/1/32',
      '2014/4/31',
      '2014/100/1',
      '2014/1/100',
      '2014//1',
      '2014/1/',
      '2014/1',
      '20140/1/1',
      '2014-01-1日',
      '2014-1-01',
      '1900/2/29',
      '2000/2/29',
      '0999/1/1',
      '0001/12/31',
      '1000/1/1',
      '9999/12/31',
      '2014/12/31',
      '2014/99/99',
    ]) {
      expect(sheetDate(t), t).toEqual(dateText(t, false));
      // As a CSV gives it: a slice of text with Chinese in it (a two-byte string).
      const sliced = `社区,${t},`.slice(3, 3 + t.length);
      expect(sheetDate(sliced), sliced).toEqual(dateText(t, false));
    }
  });
  it('on generated text', () => {
    fc.assert(
      fc.property(fc.oneof(dateish, shaped), (t) => {
        const trimmed = t.trim();
        expect(sheetDate(t)).toEqual(dateText(trimmed, false));
        expect(sheetDate(t, true)).toEqual(dateText(trimmed, true));
      }),
      { numRuns: 20_000 },
    );
  });
});

// Field text of every kind the writers see: CJK, digits, separators, quotes, and the white space \s matches.
const fieldish = fc
  .array(
    fc.constantFrom(
      ...'0000123456789ab ,"\r\n\t；、社区工作者'.split(''),
      '\u00a0',
      '\u3000',
      '\ufeff',
      '\u2028',
      '\u200a',
      '\u3001',
      'é',
    ),
    { maxLength: 16 },
  )
  .map((cs) => cs.join(''));

describe('csvField: the character-code tests agree with the regular expressions', () => {
  it('on listed fields', () => {
    for (const v of [
      '',
      ' ',
      'a',
      '0',
      '00',
      '01',
      '12345678901',
      '123456789012',
      '0123',
      '１２',
      '社区 ',
      ' 社区',
      '\u3000社区',
      '社区\ufeff',
      'a"b',
      'a,b',
      'a\nb',
      'a\rb',
    ]) {
      expect(needsQuotes(v), v).toBe(NEEDS_QUOTES.test(v));
      expect(excelNumeric(v), v).toBe(EXCEL_NUMERIC.test(v));
    }
  });
  it('on generated text', () => {
    fc.assert(
      fc.property(fc.oneof(fieldish, fc.string(), fc.stringMatching(/^\d{0,14}$/)), (v) => {
        expect(needsQuotes(v)).toBe(NEEDS_QUOTES.test(v));
        expect(excelNumeric(v)).toBe(EXCEL_NUMERIC.test(v));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("csvBytes: records written as bytes are csvLine's records, encoded", () => {
  // Mostly plain fields, as in a large output, with every kind of field that must be written differently among them.
  const plainish = fc.constantFrom(
    '',
    'HA1',
    '工作者1',
    '第6社区',
    '正职',
    '11',
    '2000.00',
    '缺少：薪酬基数、等级系数',
  );
  // Formula starts, two-byte characters, characters outside the BMP and lone surrogates (encoded as U+FFFD).
  const rare = fc.constantFrom(
    '=1+1',
    '-5.00',
    '-2+3',
    '@cmd',
    '+3',
    'é',
    'ß·Ω',
    '😀社区',
    '\ud800',
    'a\udc00b',
    '\u07ff\u0800',
  );
  const record = fc.array(
    fc.oneof(
      plainish,
      plainish,
      plainish,
      fieldish,
      rare,
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^\d{0,14}$/),
    ),
    { maxLength: 12 },
  );
  const utf8 = new TextEncoder();
  const same = (rows: string[][], excelText: boolean) =>
    expect(Buffer.from(csvBytes(rows, excelText)).toString('hex')).toBe(
      Buffer.from(utf8.encode(rows.map((r) => csvLine(r, excelText)).join(''))).toString('hex'),
    );
  it('on listed records', () => {
    for (const excelText of [false, true])
      same(
        [
          [],
          [''],
          ['', ''],
          ['a', 'b,c'],
          ['a,', 'b'],
          [',', ''],
          ['a"b', 'c'],
          ['a\nb'],
          ['a\rb'],
          [' a', 'b'],
          ['a', 'b '],
          ['\u3000a'],
          ['320803000000', 'x'],
          ['0123'],
          ['工作者1', '第6社区', '正职', '11', ''],
          ['\ud83d\ude00', '\ud800', 'x\udfff'],
          ['=1', '-5.00', '@a', '+1', '-'],
        ],
        excelText,
      );
  });
  it('on an output larger than its first buffer', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [
      String(i),
      `工作者${i}`.repeat(1 + (i % 7)),
      i % 500 === 0 ? 'a,b' : '',
    ]);
    for (const excelText of [false, true]) same(rows, excelText);
    same([['x'.repeat(300_000)], ['社'.repeat(100_000)]], false);
    // Records without fields grow the output by their line ends alone.
    const empty: string[] = [];
    const bytes = csvBytes(new Array<string[]>(3_000_000).fill(empty));
    expect(bytes.length).toBe(6_000_000);
    expect(bytes.every((b, i) => b === (i % 2 === 0 ? 13 : 10))).toBe(true);
  });
  it('on generated records', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), fc.boolean(), (rows, excelText) => {
        same(rows, excelText);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('rosterReader: an assessment cell read before reads as a first reading does', () => {
  // The year column before and after the combined one: a row that took a shared year map whole and then reads a
  // year column gets its own copy.
  const headers = [
    ['编号', '岗位', '学历', '参加社区工作时间', '2023年考核', '考核'],
    ['编号', '岗位', '学历', '参加社区工作时间', '考核', '2023年考核'],
  ];
  const cells = fc.tuple(
    fc.constantFrom('', '优秀', '合格', '不合格'),
    fc.constantFrom(
      '',
      '2023:优秀;2024:合格',
      '2023:合格;2024:合格',
      '2023:优秀；2023:合格',
      '2023：优秀 2024年:基本合格',
      '2024:良',
      '2024:研究生',
      '2023优秀',
      '2023:优秀;;2024:合格',
      '2024:合格',
      '2022:优秀 2024:合格',
    ),
  );
  it('on every row, a reader that has seen the cells before and a new one give the same row', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.array(cells, { minLength: 1, maxLength: 12 }), (h, rows) => {
        const header = headers[h]!;
        const shared = rosterReader(header);
        const cellsOf = ([year, all]: [string, string], i: number) =>
          h === 0
            ? ['HA' + i, '正职', '本科', '2014/9/1', year, all]
            : ['HA' + i, '正职', '本科', '2014/9/1', all, year];
        // Compared once every row is read: reading a later row must not change an earlier one's year map.
        const read = rows.map((r, i) => shared.read(cellsOf(r, i), i + 2));
        rows.forEach((r, i) => expect(read[i]).toEqual(rosterReader(header).read(cellsOf(r, i), i + 2)));
      }),
      { numRuns: 400 },
    );
  });

  it('rows with the same cell and nothing else share one frozen year map; a row with more gets its own', () => {
    const r = rosterReader(headers[1]!);
    const a = r.read(['HA1', '正职', '本科', '2014/9/1', '2023:优秀;2024:合格', ''], 2).worker.assessments;
    const b = r.read(['HA2', '正职', '本科', '2014/9/1', '2023:优秀;2024:合格', ''], 3).worker.assessments;
    r.read(['HA3', '正职', '本科', '2014/9/1', '2024:合格', ''], 4);
    const c = r.read(['HA3', '正职', '本科', '2014/9/1', '2024:合格', '不合格'], 4).worker.assessments;
    const d = r.read(['HA4', '正职', '本科', '2014/9/1', '2023:优秀;2024:合格', ''], 5).worker.assessments;
    // The first reading of a cell builds the row's own map; later rows share the one remembered with the cell.
    expect(d).toBe(b);
    expect(Object.isFrozen(b)).toBe(true);
    expect(a).toEqual({ 2023: 'excellent', 2024: 'pass' });
    expect(b).toEqual(a);
    expect(c).toEqual({ 2023: 'fail', 2024: 'pass' });
    expect(Object.isFrozen(c)).toBe(false);
  });
});
