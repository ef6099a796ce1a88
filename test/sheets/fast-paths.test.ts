// The character-code fast paths of /sheets against the readable readings they stand in for: same answers on the
// shapes they take, and on the near misses they must hand back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateText, sheetDate } from '../../src/sheets/cells.js';
import { EXCEL_NUMERIC, NEEDS_QUOTES, excelNumeric, needsQuotes } from '../../src/sheets/csv.js';
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
    ])
      expect(sheetDate(t), t).toEqual(dateText(t, false));
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

describe('rosterReader: an assessment cell read before reads as a first reading does', () => {
  const header = ['编号', '岗位', '学历', '参加社区工作时间', '2023年考核', '考核'];
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
    ),
  );
  it('on every row, a reader that has seen the cells before and a new one give the same row', () => {
    fc.assert(
      fc.property(fc.array(cells, { minLength: 1, maxLength: 12 }), (rows) => {
        const shared = rosterReader(header);
        rows.forEach(([year, all], i) => {
          const row = ['HA' + i, '正职', '本科', '2014/9/1', year, all];
          expect(shared.read(row, i + 2)).toEqual(rosterReader(header).read(row, i + 2));
        });
      }),
      { numRuns: 300 },
    );
  });
});
