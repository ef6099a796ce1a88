/** Fuzz specs of /sheets (fixtures of test/sheets and test/fixtures/sheets). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { candidateRecord } from '../../../src/associations/records.js';
import { isPolicyError } from '../../../src/core/errors.js';
import { PETITION_COLUMNS, ROSTER_COLUMNS, mapHeaders, mapRatingHeaders } from '../../../src/sheets/index.js';
import { inputsFor, type Spec } from '../harness.js';
import { RESIDENT_ID_18 } from '../values.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'sheets');
const file = (f: string): Uint8Array => new Uint8Array(readFileSync(join(DIR, f)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const HEADER = ['编号', '姓名', '职务', '学历', '参加社区工作时间', '证书等级', '取证日期', '考核'];
const ROW = ['HA1', '张三', '居委会主任', '大学本科', '2014/9/1', '中级', '2019年6月30日', '2023:优秀;2024:称职'];
const ROSTER_ROWS = () => [
  HEADER.slice(),
  ROW.slice(),
  ['7', '李四', '委员', '研究生', '2016/3/1 0:00', '', '', '2023优秀'],
  ['', ''],
  ['8', '王五', '副职', '本科', 41883, null, undefined, ''],
];
const PETITION_HEADER = () => ['编号', '承办单位', '收到方式', '信访形式', '信访事项类别', '收到日期', '书面告知日期'];
const PETITION_ROW = () => ['XF-1', '淮安市某局', '转送', '来信', '申诉求决类', '2026/2/10', '2026-02-24'];
const RATING_HEADER = () => ['编号', '名称', '组织类型', '所在区划代码', '登记日期', '评估等级', '评估日期'];
const RATING_ROW = () => [
  'sw-1',
  '淮安市某社会工作服务中心',
  '民办社工机构',
  '320812',
  '2016-03-01',
  '4A',
  '2021/6/30',
];
// Cells, header texts and values read from a sheet are the clerk's own, returned as given (and typed).
const ECHOES = [
  'value',
  'unknown',
  'duplicates',
  'cells',
  'text',
  'header',
  'column',
  'raw',
  'committee',
  'petition',
  'organization',
  'rows',
  'columns',
  'map',
  'aliases',
  'zh',
  'en',
  'key',
  'accepted',
];

/** Bytes of the examples broken as a file is: cut short, a byte changed, NULs, random bytes. */
const bytesOf =
  (spec: Spec, at = 0): (() => fc.Arbitrary<unknown[]>) =>
  () => {
    const base = inputsFor({ ...spec, inputs: undefined });
    const broken = fc
      .tuple(
        fc.nat({ max: spec.examples().length - 1 }),
        fc.nat(),
        fc.nat({ max: 255 }),
        fc.nat({ max: 4 }),
        fc.uint8Array({ maxLength: 64 }),
      )
      .map(([i, pos, byte, op, random]) => {
        const args = spec.examples()[i]!.slice();
        const b = args[at] as Uint8Array;
        const p = b.length === 0 ? 0 : pos % b.length;
        let out: Uint8Array;
        if (op === 0) out = b.slice(0, p);
        else if (op === 1) (out = b.slice())[p] = byte;
        else if (op === 2) out = new Uint8Array([...b.slice(0, p), 0, 0, ...b.slice(p)]);
        else if (op === 3) out = new Uint8Array([...b.slice(0, p), ...random, ...b.slice(p)]);
        else out = random;
        args[at] = out;
        return args;
      });
    return fc.oneof({ arbitrary: base, weight: 1 }, { arbitrary: broken, weight: 2 });
  };

function threw(e: unknown): string | undefined {
  return isPolicyError(e)
    ? undefined
    : `a method of the result threw ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 120)}` : String(e)}`;
}

/** Calls a method of a result (the reader's own API) on valid input: a value or a PolicyError, never another throw. */
function methods(calls: (r: never) => void): (result: unknown) => string | undefined {
  return (result) => {
    try {
      calls(result as never);
    } catch (e) {
      return threw(e);
    }
    return undefined;
  };
}

const spec = (s: Spec): Spec => ({ echoes: ECHOES, render: false, ...s });

const decodeAllSpec = spec({
  examples: () => [
    [file('花名册-gbk.csv'), 'auto'],
    [file('花名册-unicode.txt')],
    [utf8('姓名,岗位\n张三,主任\n'), 'utf8'],
  ],
});
const readDelimitedSpec = spec({
  examples: () => [
    [file('花名册-semicolon.csv')],
    [file('花名册-gbk.csv'), { encoding: 'gb18030', delimiter: ';' }],
    [file('花名册-utf16be.txt')],
    [utf8('a,b\n"x\ny",2\n')],
  ],
});
const sniffEncodingSpec = spec({
  examples: () => [
    [file('花名册-gbk.csv'), true],
    [utf8('张三'), false],
  ],
});
const isXlsxSpec = spec({ kind: 'predicate', examples: () => [[file('花名册.xlsx')], [utf8('a,b')]] });
const readXlsxSpec = spec({
  kind: 'async',
  examples: () => [
    [file('花名册.xlsx'), { sheet: '花名册' }],
    [file('花名册-1904.xlsx')],
    [file('花名册.xlsx'), { sheet: '花名册', chunkRows: 2 }],
  ],
  // The rows are read when the chunks are iterated: reading them is part of the call.
  check: methods((r: { chunks: Iterable<unknown[]> }) => {
    for (const chunk of r.chunks) void chunk.length;
  }),
  weight: 0.5,
});
const streamDecoderSpec = spec({
  kind: 'construct',
  examples: () => [['auto'], ['gb18030'], [], ['utf16le']],
  check: methods((d: { write: (b: Uint8Array) => string; end: () => string }) => {
    d.write(file('花名册-gbk.csv').slice(0, 100));
    d.write(file('花名册-gbk.csv').slice(100));
    d.end();
  }),
});

export const sheetSpecs: Record<string, Spec> = {
  // Text transforms: the result is the caller's text (or cells) reshaped.
  cellText: spec({
    echoes: 'all',
    examples: () => [['张三'], [41883], [{ serial: 41883, text: '2014-09-01' }], [true], [null], [1e21 / 1e10]],
  }),
  halfWidthDigits: spec({ echoes: 'all', examples: () => [['２０１６－０３－０１'], ['张三'], ['']] }),
  sheetDate: spec({
    examples: () => [
      ['2014/9/1'],
      [41883],
      [40421, true],
      ['2014年9月1日'],
      [{ serial: 41883, text: '2014-09-01' }],
      ['20140901'],
    ],
  }),
  sheetBoolean: spec({ examples: () => [['是'], [true], ['否'], [''], ['yes']] }),
  serialText: spec({
    examples: () => [
      [1, true],
      [42430.5, false],
      [41883, false],
    ],
  }),
  normaliseDate: spec({ echoes: 'all', examples: () => [['2014/9/1'], ['2014年9月1日'], [' 2014.9.1 ']] }),
  normaliseHeader: spec({
    echoes: 'all',
    examples: () => [['姓 名'], ['Service_Start'], ['参加社区工作时间（日期）']],
  }),
  mapHeaders: spec({
    examples: () => [
      [HEADER.slice(), ROSTER_COLUMNS],
      [['2023年度考核', '考核2024', 'assessment 2025'], ROSTER_COLUMNS],
      [PETITION_HEADER(), PETITION_COLUMNS],
    ],
  }),
  // An unknown key is returned as given.
  headerFor: spec({
    echoes: 'all',
    examples: () => [
      [ROSTER_COLUMNS, 'post', 'zh'],
      [ROSTER_COLUMNS, 'education', 'en'],
      [PETITION_COLUMNS, 'receivedOn', 'zh'],
    ],
  }),
  spellingsOf: spec({
    examples: () => [['education'], ['post', 'huaian'], ['assessment'], ['certificate', 'nanjing-2018']],
    check: methods((s: { read: (t: string) => unknown; label: (v: string) => string }) => {
      s.read('大学本科');
      s.read(RESIDENT_ID_18);
      s.label('master');
    }),
  }),
  isBlank: spec({ kind: 'predicate', examples: () => [[['', null]], [['a', '']], [[]]] }),
  totalsText: spec({
    echoes: 'all',
    examples: () => [[['合 计', '', 12]], [['', 'Grand Total']], [['HA1', '合计']], [[]]],
  }),
  rosterReader: spec({
    examples: () => [[HEADER.slice()], [['岗位', '学历', '参加社区工作时间'], { date1904: true }]],
    check: methods((r: { read: (c: unknown[], row: number) => unknown }) => {
      r.read(ROW.slice(), 2);
      r.read([RESIDENT_ID_18, '', '2020-13-01'], 3);
    }),
  }),
  readRoster: spec({
    examples: () => [
      [ROSTER_ROWS()],
      [
        [
          ['岗位', '学历', '参加社区工作时间', '考核', '2024年考核'],
          ['副职', '本科', '2020-01-01', '2023:优秀', '合格'],
        ],
        { profile: 'huaian' },
      ],
      [[[], ...ROSTER_ROWS()], { firstRow: 2 }],
    ],
  }),
  recordColumns: spec({
    examples: () => [[candidateRecord], [candidateRecord, { divisionCode: ['区划代码'], role: ['岗位'] }]],
  }),
  recordReader: spec({
    examples: () => [
      [['编号', '出生日期', '已连任届数'], candidateRecord],
      [['编号', '出生日期'], candidateRecord, { date1904: true }],
    ],
    check: methods((r: { read: (c: unknown[], row: number) => unknown }) => {
      r.read(['p1', 21000, '1'], 2);
      r.read([RESIDENT_ID_18, '2023/2/30', '三'], 3);
    }),
  }),
  readRecordSheet: spec({
    examples: () => [
      [
        [
          ['编号', '出生日期'],
          ['p1', 21000],
          ['p2', '1970-01-01'],
        ],
        candidateRecord,
      ],
      [
        [
          ['编号', '出生日期', '已连任届数'],
          ['p1', '1960/5/20', 1],
        ],
        candidateRecord,
        { firstRow: 1 },
      ],
    ],
  }),
  collectionOfName: spec({
    examples: () => [['社工站'], ['数据/社工站.csv'], ['组织.xlsx'], ['party_organizations.csv'], ['备注']],
  }),
  readCollectionSheet: spec({
    examples: () => [
      [
        [
          ['编号', '区划代码', '建成日期', '持证社工数'],
          ['S1', 320803001000, '2023年5月1日', '3'],
          ['S2', '320803002000', '2023/2/30', '三'],
        ],
        '社工站',
      ],
      [
        [
          ['编号', '区划代码', '组织类型'],
          ['O1', '320803001001', 'non_public_enterprise'],
        ],
        'organizations',
      ],
    ],
  }),
  readSlateSheet: spec({
    examples: () => [
      [
        [
          ['岗位', '编号', '出生日期', '已连任届数'],
          ['会长', 'p1', '1960/5/20', 1],
          ['掌门', 'p2', '1970-01-01', 0],
        ],
      ],
    ],
  }),
  rowToPetition: spec({
    examples: () => [
      [PETITION_ROW(), mapHeaders(PETITION_HEADER(), PETITION_COLUMNS)],
      [['XF-2', '', '', '', '', '2026/2/30', ''], mapHeaders(PETITION_HEADER(), PETITION_COLUMNS)],
    ],
  }),
  mapRatingHeaders: spec({ examples: () => [[RATING_HEADER()], [['id', 'kind', 'rating', 'ratedOn']]] }),
  rowToOrganization: spec({
    examples: () => [
      [RATING_ROW(), mapRatingHeaders(RATING_HEADER())],
      [['sw-2', 'x', '', '', '2016/2/30', '6A', ''], mapRatingHeaders(RATING_HEADER())],
    ],
  }),
  CsvReader: spec({
    kind: 'construct',
    examples: () => [[{}], [{ maxFieldLines: 3, delimiter: ';' }], [], [{ maxRecordChars: 100, delimiter: '\t' }]],
    check: methods((r: { push: (t: string) => unknown; end: () => unknown }) => {
      r.push('a,b\n1,"x');
      r.push('y"\n2,3');
      r.end();
    }),
  }),
  CsvError: spec({
    kind: 'construct',
    examples: () => [
      ['unclosed', { record: 2, line: 3, field: 0, lines: 4 }],
      ['too_many_lines', { record: 1, line: 1, field: 2, lines: 51 }],
    ],
  }),
  parseCsv: spec({ echoes: 'all', examples: () => [['a,b\n1,2\n'], ['a;b\n"x\ny";2', ';'], ['"a""b",c\r\n\r\n']] }),
  sniffDelimiter: spec({ examples: () => [['a;b\n1;2'], ['a\tb\n'], ['a,b']] }),
  csvField: spec({ echoes: 'all', examples: () => [['a,b'], ['0012', true], ['say "hi"'], [RESIDENT_ID_18, true]] }),
  csvLine: spec({
    echoes: 'all',
    examples: () => [
      [['a', 'b,c'], false],
      [['320803001001', '张三'], true],
    ],
  }),
  isBlankRow: spec({ kind: 'predicate', examples: () => [[['', '']], [['a']], [[]]] }),
  StreamDecoder: { ...streamDecoderSpec },
  decodeAll: { ...decodeAllSpec, inputs: bytesOf(decodeAllSpec) },
  sniffEncoding: { ...sniffEncodingSpec, inputs: bytesOf(sniffEncodingSpec) },
  BinaryInputError: spec({
    kind: 'construct',
    examples: () => [
      ['xlsx', 0],
      ['utf16', 1],
      ['binary', 100],
    ],
  }),
  EncodingError: spec({ kind: 'construct', examples: () => [[3, 'utf8'], [0], [10, 'utf16be']] }),
  readDelimited: { ...readDelimitedSpec, inputs: bytesOf(readDelimitedSpec) },
  isXlsx: { ...isXlsxSpec, inputs: bytesOf(isXlsxSpec) },
  readXlsx: { ...readXlsxSpec, inputs: bytesOf(readXlsxSpec) },
  writeXlsx: spec({
    kind: 'async',
    // The writer holds the caller's own headers until it writes them.
    echoes: [...ECHOES, 'buffered'],
    examples: () => [
      [async () => undefined, [{ header: '区划代码' }, { header: '月工资', kind: 'money' }]],
      [
        async () => undefined,
        [
          { header: '姓名', width: 10 },
          { header: '人数', kind: 'integer' },
          { header: '说明', kind: 'wrap' },
        ],
        '花名册',
      ],
    ],
    weight: 0.5,
  }),
};
