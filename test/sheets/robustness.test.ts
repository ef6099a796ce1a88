// Defects the fuzz found in /sheets (issue 10): every refusal is a PolicyError naming the argument, the predicates
// never throw, numbers print without exponent, the reader's own errors are PolicyErrors still told apart by class.
import { describe, expect, it } from 'vitest';
import { candidateRecord } from '../../src/associations/records.js';
import {
  BinaryInputError,
  CsvError,
  CsvReader,
  EncodingError,
  PETITION_COLUMNS,
  ROSTER_COLUMNS,
  StreamDecoder,
  cellText,
  csvField,
  decodeAll,
  headerFor,
  isBlank,
  isBlankRow,
  mapHeaders,
  normaliseHeader,
  parseCsv,
  readRecordSheet,
  readRoster,
  readXlsx,
  rowToPetition,
  serialText,
  spellingsOf,
  writeXlsx,
} from '../../src/sheets/index.js';
import { refusal } from '../support/refusal.js';

describe('arguments are checked (PolicyError, not TypeError)', () => {
  it('text helpers', () => {
    expect(refusal(() => normaliseHeader(5 as never)).path).toEqual(['header']);
    expect(refusal(() => csvField(null as never)).path).toEqual(['value']);
    expect(refusal(() => parseCsv('a', 5 as never)).path).toEqual(['delimiter']);
    expect(refusal(() => new CsvReader(null as never)).path).toEqual(['limits']);
    expect(refusal(() => mapHeaders(['a', 1] as never, ROSTER_COLUMNS)).path).toEqual(['headers', 1]);
    expect(refusal(() => headerFor({} as never, 'post', 'zh')).path).toEqual(['specs']);
    expect(refusal(() => headerFor([, ...ROSTER_COLUMNS] as never, 'post', 'zh')).path).toEqual(['specs[0]']);
    expect(refusal(() => serialText(Number.NaN, false)).code).toBe('out_of_range');
    expect(refusal(() => spellingsOf('constructor' as never)).code).toBe('unknown_enum_value');
  });
  it('a record must come from defineRecord; a header map must name known columns', () => {
    expect(refusal(() => readRecordSheet([['编号'], ['p1']], { ...candidateRecord } as never)).path).toEqual([
      'record',
    ]);
    expect(refusal(() => rowToPetition(['x'], { columns: [{ key: '__proto__', header: 'x' }] } as never)).code).toBe(
      'unknown_enum_value',
    );
    expect(rowToPetition(['XF-1'], mapHeaders(['编号'], PETITION_COLUMNS)).petition).toEqual({ id: 'XF-1' });
  });
  it('a cell no sheet holds is refused, not printed as a nested array (which overflowed the stack)', () => {
    let deep: unknown[] = [1];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(refusal(() => readRoster([['编号', deep, '岗位']] as never)).path).toEqual(['cell']);
    expect(refusal(() => cellText([1, 2] as never)).code).toBe('invalid_type');
  });
  it('predicates answer false for what is not a row', () => {
    expect(isBlank('x' as never)).toBe(false);
    expect(isBlank([{}] as never)).toBe(false);
    expect(isBlankRow(null as never)).toBe(false);
    expect(isBlankRow(['', null, undefined] as never)).toBe(true);
  });
  it('numbers print without exponent', () => {
    expect(cellText(1e21)).toBe('1000000000000000000000');
    expect(cellText(1.5e-7)).toBe('0.00000015');
    expect(cellText(Number.NaN)).toBe('');
  });
});

describe('the readers’ own errors are PolicyErrors', () => {
  it('CsvError, BinaryInputError and EncodingError: catalogue codes, Chinese text, instanceof kept', () => {
    const e = refusal(() => parseCsv('a,"b\n'));
    expect(e).toBeInstanceOf(CsvError);
    expect(e.code).toBe('csv_unclosed');
    expect(e.zh).toMatch(/引号/);
    expect(refusal(() => decodeAll(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])))).toBeInstanceOf(BinaryInputError);
    expect(refusal(() => decodeAll(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), 'utf16le'))).toBeInstanceOf(EncodingError);
    expect(refusal(() => new CsvError('unclosed', null as never)).path).toEqual(['at']);
    expect(refusal(() => new EncodingError('11010519491231002X' as never)).path).toEqual(['offset']);
    expect(refusal(() => new StreamDecoder('toString' as never)).path).toEqual(['encoding']);
  });
  it('a damaged .xlsx is xlsx_not_workbook, also when the damage shows only as its rows are read', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 3, 4, ...new Array(40).fill(7)]);
    await expect(readXlsx(zip)).rejects.toMatchObject({ code: 'xlsx_not_workbook' });
    await expect(writeXlsx(async () => undefined, ['0'] as never)).rejects.toMatchObject({
      code: 'invalid_type',
      path: ['columns[0]'],
    });
  });
});
