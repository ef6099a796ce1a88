import { describe, expect, it } from 'vitest';
import { csvWriter, jsonWriter, tableWriter } from '../../src/cli/output.js';
import { displayWidth, renderTable } from '../../src/cli/table.js';
import { warningLines } from '../../src/cli/warnings.js';
import { memoryIO } from './memory-io.js';

describe('renderTable', () => {
  it('counts CJK characters as two columns and right-aligns the listed columns', () => {
    expect(displayWidth('正职')).toBe(4);
    expect(displayWidth('a（b）')).toBe(6);
    expect(
      renderTable(
        ['岗位', 'n'],
        [
          ['正职', '12'],
          ['staff', '3'],
        ],
        [1],
      ),
    ).toBe('岗位    n\n-----  --\n正职   12\nstaff   3\n');
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
  it('folds the 0.1.0 provisional-parameter warnings into one line and keeps the others', () => {
    const p = (id: string) => ({
      code: 'provisional_parameter',
      zh: `参数 ${id} 的取值…`,
      en: `Parameter ${id} (from 2000-01-01) is provisional: …`,
    });
    expect(
      warningLines('en', [
        p('a.b'),
        p('c.d'),
        p('a.b'),
        { code: 'floor_not_checked', zh: '未核对', en: 'not checked' },
      ]),
    ).toEqual([
      'Note: provisional values (a reading the text leaves open or a template value, explained in --explain; override them with the official ones): a.b, c.d',
      'Note: not checked',
    ]);
  });

  it("folds the kit's parameter warnings into one line per kind, naming the parameters by label", () => {
    const w = [
      {
        code: 'low_confidence',
        zh: '参数「等级范围」的来源可信度低（某页）：通用模板或未注明地方的资料，并非淮安市的正式文件',
        en: 'Parameter "Grade windows" comes from a low-confidence source (S1): a generic template or a page naming no locality, not an official document of Huai\'an',
      },
      {
        code: 'date_unknown',
        zh: '参数「等级范围」的生效日期不详：按各日期均适用处理',
        en: 'The date of effect of parameter "Grade windows" is unknown: …',
      },
      {
        code: 'low_confidence',
        zh: '参数「学历加级」的来源可信度低（某办法）：通用模板或未注明地方的资料，并非淮安市的正式文件',
        en: 'Parameter "Education steps" comes from a low-confidence source (S4): a generic template or a page naming no locality, not an official document of Huai\'an',
      },
      {
        code: 'provisional_parameter',
        zh: '参数「换岗定级」为暂定取值，未找到官方文件',
        en: 'Parameter "Post change" is provisional: …',
      },
      { code: 'floor_shortfall', zh: '下限：年收入低于下限 1.00 元', en: 'floor: 1.00 below' },
    ];
    expect(warningLines('zh', w)).toEqual([
      '提示：以下参数为暂定取值（原文未定或为模板值，所取读法见计算说明；请以正式文件取值覆盖）：换岗定级',
      '提示：以下参数的来源可信度低（通用模板或未注明地方的资料，并非淮安市的正式文件）：等级范围、学历加级',
      '提示：以下参数的生效日期不详（按各日期均适用处理）：等级范围',
      '提示：下限：年收入低于下限 1.00 元',
    ]);
    expect(warningLines('en', w)[1]).toBe(
      "Note: low-confidence sources (a generic template or a page naming no locality, not an official document of Huai'an): Grade windows, Education steps",
    );
  });
});
