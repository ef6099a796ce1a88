import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvError, CsvReader, csvLine, isBlankRow, parseCsv } from '../../src/cli/csv.js';

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
  it('refuses a quote that runs to the end of the text, saying where it starts and how many lines it took', () => {
    expect(() => parseCsv('a,"b\nc')).toThrow(CsvError);
    expect(() => parseCsv('x\ny,"b\nc\nd\n')).toThrow(
      expect.objectContaining({ kind: 'unclosed', at: { record: 2, line: 2, field: 1, lines: 3 } }),
    );
  });
});

describe('CsvReader limits (a stray quote cannot swallow the file)', () => {
  const read = (text: string, limits = {}, size = text.length) => {
    const r = new CsvReader(limits);
    const rows: string[][] = [];
    for (let i = 0; i < text.length; i += size) rows.push(...r.push(text.slice(i, i + size)));
    rows.push(...r.end());
    return { rows, r };
  };
  it('lists each field over several lines with its record, line and length; counts records and physical lines', () => {
    const { rows, r } = read('h1,h2\r\n1,"a\r\nb"\r\n2,"c\nd\ne"\n3,x\n', {}, 3);
    expect(rows).toEqual([
      ['h1', 'h2'],
      ['1', 'a\r\nb'],
      ['2', 'c\nd\ne'],
      ['3', 'x'],
    ]);
    expect(r.multiline).toEqual([
      { record: 2, line: 2, field: 1, lines: 2 },
      { record: 3, line: 4, field: 1, lines: 3 },
    ]);
    expect([r.records, r.lines, r.unterminated]).toEqual([4, 7, false]);
  });
  it('stops at the line limit without waiting for the rest of the text, whatever the chunking', () => {
    const text = 'a,b\n1,"stray\n' + '2,x\n'.repeat(100_000);
    for (const size of [1 << 16, 7]) {
      const r = new CsvReader({ maxFieldLines: 50 });
      let consumed = 0;
      let error: unknown;
      try {
        for (; consumed < text.length; consumed += size) r.push(text.slice(consumed, consumed + size));
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ kind: 'too_many_lines', at: { record: 2, line: 2, field: 1, lines: 51 } });
      expect(consumed).toBeLessThan(51 * 4 + 2 * size + 20); // it gave up after about 50 lines of text
    }
  });
  it('refuses a record longer than the character limit while it is still incomplete', () => {
    const r = new CsvReader({ maxRecordChars: 1000 });
    r.push('a,b\n');
    expect(() => {
      for (let i = 0; i < 10; i++) r.push('x'.repeat(200));
    }).toThrow(expect.objectContaining({ kind: 'too_long' }));
  });
  it('marks a last record without a line break (a file may be cut short)', () => {
    expect(read('a,b\n1,2').r.unterminated).toBe(true);
    expect(read('a,b\n1,2\r\n').r.unterminated).toBe(false);
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
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        (table, cut) => {
          const text = table.map((r) => csvLine(r)).join('');
          const at = cut % (text.length + 1);
          const r = new CsvReader();
          const rows = [...r.push(text.slice(0, at)), ...r.push(text.slice(at)), ...r.end()];
          expect(rows).toEqual(table);
        },
      ),
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
