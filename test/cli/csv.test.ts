import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvReader, csvLine, isBlankRow, parseCsv } from '../../src/cli/csv.js';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, commas and line breaks inside quotes', () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\r\nlines"\r\nx,,z\r\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\r\nlines'],
      ['x', '', 'z'],
    ]);
  });
  it('accepts LF and CRLF and a last line without a line break', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
  it('keeps a trailing empty field and reports an empty line as one empty cell', () => {
    expect(parseCsv('a,\n\nb')).toEqual([['a', ''], [''], ['b']]);
    expect(parseCsv('a,')).toEqual([['a', '']]);
  });
  it('reads an unterminated quote to the end of the file, as Excel does', () => {
    expect(parseCsv('a,"b\nc')).toEqual([['a', 'b\nc']]);
  });
});

describe('CsvReader (incremental)', () => {
  const sample = 'id,"名,字",x\r\n1,"a ""q"" b",\r\n2,"multi\nline","""",\n3,示例甲,"z"\r\n';
  it('gives the same records whatever the chunk boundaries', () => {
    const whole = parseCsv(sample);
    for (let size = 1; size <= sample.length; size++) {
      const r = new CsvReader();
      const rows: string[][] = [];
      for (let i = 0; i < sample.length; i += size) rows.push(...r.push(sample.slice(i, i + size)));
      rows.push(...r.end());
      expect(rows).toEqual(whole);
    }
  });
  it('round-trips any table written by csvLine, split anywhere', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '示', ',', '"', '\r', '\n', ' ', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.nat(), (table, cut) => {
        const text = table.map((r) => csvLine(r)).join('');
        const at = cut % (text.length + 1);
        const r = new CsvReader();
        const rows = [...r.push(text.slice(0, at)), ...r.push(text.slice(at)), ...r.end()];
        expect(rows).toEqual(table);
      }),
    );
  });
});

describe('csvLine', () => {
  it('quotes only what needs quoting and ends with CRLF', () => {
    expect(csvLine(['a', 'b,c', 'd"e', ' f', '示例'])).toBe('a,"b,c","d""e"," f",示例\r\n');
  });
});

describe('isBlankRow', () => {
  it('treats rows of empty or space-only cells as blank', () => {
    expect(isBlankRow(['', ' ', ''])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
  });
});
