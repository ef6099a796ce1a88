import { describe, expect, it } from 'vitest';
import { csvWriter, jsonWriter, tableWriter } from '../../src/cli/output.js';
import { displayWidth, renderTable } from '../../src/cli/table.js';
import { warningLines } from '../../src/cli/warnings.js';
import { memoryIO } from './memory-io.js';

describe('renderTable', () => {
  it('counts CJK characters as two columns and right-aligns the listed columns', () => {
    expect(displayWidth('正职')).toBe(4);
    expect(displayWidth('a（b）')).toBe(6);
    expect(renderTable(['岗位', 'n'], [['正职', '12'], ['staff', '3']], [1])).toBe('岗位    n\n-----  --\n正职   12\nstaff   3\n');
  });
});

describe('writers', () => {
  it('csvWriter starts with the BOM and header even with no rows', async () => {
    const m = memoryIO();
    const w = csvWriter(m.io.stdout, ['a', 'b']);
    await w.end();
    expect(m.stdout()).toBe('\ufeffa,b\r\n');
  });
  it('jsonWriter streams a valid document, empty or not', async () => {
    const a = memoryIO();
    const w = jsonWriter(a.io.stdout, 'rows', { asOf: '2026-01-01' });
    await w.items([{ x: 1 }]);
    await w.items([{ x: '示' }]);
    await w.end({ summary: { n: 2 } });
    expect(JSON.parse(a.stdout())).toEqual({ asOf: '2026-01-01', rows: [{ x: 1 }, { x: '示' }], summary: { n: 2 } });
    const b = memoryIO();
    await jsonWriter(b.io.stdout, 'rows').end({});
    expect(JSON.parse(b.stdout())).toEqual({ rows: [] });
  });
  it('tableWriter leaves out optional columns that are empty in the whole table', async () => {
    const m = memoryIO();
    const w = tableWriter(m.io.stdout, ['a', 'note', 'b'], [], [1]);
    await w.rows([['1', '', '2']]);
    await w.end();
    expect(m.stdout()).toBe('a  b\n-  -\n1  2\n');
  });
});

describe('warningLines', () => {
  it('folds provisional-parameter warnings into one line and keeps the others', () => {
    const p = (id: string) => ({ code: 'provisional_parameter', zh: `参数 ${id} 的取值…`, en: `Parameter ${id} (from 2000-01-01) is provisional: …` });
    expect(warningLines('en', [p('a.b'), p('c.d'), p('a.b'), { code: 'floor_not_checked', zh: '未核对', en: 'not checked' }])).toEqual([
      'Note: provisional values (no official source found; override them with the official ones): a.b, c.d',
      'Note: not checked',
    ]);
  });
});
