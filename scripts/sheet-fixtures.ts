// Generates test/fixtures/sheets/: real-looking exports of a 社区 roster as clerks have them. Each file is small and
// committed; test/sheets/fixtures.test.ts reads every one through /sheets and through the CLI and asserts the rows.
// Run: node --import tsx scripts/sheet-fixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeXlsx } from '../src/sheets/xlsx.js';
import { Zip, ZipDeflate, strToU8, unzipSync } from 'fflate';

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'sheets');
mkdirSync(dir, { recursive: true });

/** The roster every good fixture holds, in the spellings clerks use. */
const HEADER = ['序号', '姓名', '所在社区', '职务', '学历', '参加社区工作时间', '证书等级', '取证日期', '考核'];
const ROWS = [
  ['1', '张明', '清河社区', '社区党组织书记', '大学本科', '2014/9/1', '中级', '2019年6月30日', '2023:优秀;2024:合格'],
  ['2', '李芳', '清河社区', '居委会副主任', '大专', '2016/3/1 0:00', '', '', '2023:合格;2024:合格'],
  ['3', '王强', '运河社区', '委员', '硕士研究生', '2014.9.1', '初级', '2020-05-10', '2024:称职'],
  ['4', '赵丽', '运河社区', '专职社工', '高中', '2020年1月2日', '', '', ''],
  ['5', '陈晨', '运河社区', '副书记', '专科', '2018-07-01', '', '', '2023:优秀;2024:优秀'],
];

/** GB18030 encoder for the characters used here (Node has no GBK encoder; TextDecoder maps back). */
function gbk(text: string): Uint8Array {
  const dec = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out.push(c);
    else {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`no GBK code for ${ch}`);
      out.push(...b);
    }
  }
  return new Uint8Array(out);
}

function utf16(text: string, le: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff], 0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = le ? c & 0xff : c >> 8;
    out[3 + 2 * i] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

const csv = (rows: string[][], sep: string) =>
  rows
    .map((r) => r.map((c) => (/[",;\t\r\n]/.test(c) && sep !== '\t' ? `"${c.replace(/"/g, '""')}"` : c)).join(sep))
    .join('\r\n') + '\r\n';

// 1. GBK CSV with Chinese headers and mixed spellings (Excel's "CSV (逗号分隔)" on a Chinese Windows).
writeFileSync(join(dir, '花名册-gbk.csv'), gbk(csv([HEADER, ...ROWS], ',')));
// 2. Excel's "Unicode 文本": UTF-16 LE with a BOM, tab-separated.
writeFileSync(join(dir, '花名册-unicode.txt'), utf16(csv([HEADER, ...ROWS], '\t'), true));
// 3. A semicolon CSV in UTF-8 with BOM (Excel in a locale whose decimal mark is a comma).
writeFileSync(join(dir, '花名册-semicolon.csv'), '\ufeff' + csv([HEADER, ...ROWS], ';'));
// 4. A UTF-16 BE file, tab-separated.
writeFileSync(join(dir, '花名册-utf16be.txt'), utf16(csv([HEADER, ...ROWS], '\t'), false));

// 5. An .xlsx with date cells (a date format), serial numbers in General cells, numbers for 序号, in a sheet named 花名册
// after a first sheet 说明. Dates written as serials: 2014-09-01 = 41883, 2016-03-01 = 42430 (1900 system).
async function xlsx(
  file: string,
  sheets: { name: string; rows: (string | number | null)[][] }[],
  date1904 = false,
): Promise<void> {
  const parts: Uint8Array[] = [];
  const one = async (rows: (string | number | null)[][]) => {
    const chunks: Uint8Array[] = [];
    const w = await writeXlsx(
      async (b) => void chunks.push(b),
      rows[0]!.map((h) => ({ header: String(h), kind: 'integer' as const })),
      'x',
    );
    await w.rows(rows.slice(1));
    await w.end();
    const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.length;
    }
    return unzipSync(all);
  };
  // Build each sheet with writeXlsx, then assemble one workbook with every sheet, a date style and the date system.
  const files: Record<string, Uint8Array> = {};
  const names: string[] = [];
  for (let i = 0; i < sheets.length; i++) {
    const z = await one(sheets[i]!.rows);
    const xml = new TextDecoder().decode(z['xl/worksheets/sheet1.xml']!);
    // Cells in the 参加社区工作时间 column (F) of data rows get style 5, a date format (yyyy/m/d).
    const dated = xml.replace(/<c r="F(\d+)"><v>/g, (m, r: string) => (r === '1' ? m : `<c r="F${r}" s="5"><v>`));
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(dated);
    names.push(sheets[i]!.name);
    if (i === 0) {
      for (const k of ['_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', '[Content_Types].xml'])
        files[k] = z[k]!;
    }
  }
  const styles = new TextDecoder()
    .decode(files['xl/styles.xml']!)
    .replace('<fonts', '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy/m/d"/></numFmts><fonts')
    .replace('<cellXfs count="5">', '<cellXfs count="6">')
    .replace(
      '</cellXfs>',
      '<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
    );
  files['xl/styles.xml'] = strToU8(styles);
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 10}"/>`).join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 10}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8(
    new TextDecoder()
      .decode(files['[Content_Types].xml']!)
      .replace(
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
        names
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join(''),
      ),
  );
  const zip = new Zip((err, data) => {
    if (err) throw err;
    parts.push(data);
  });
  for (const [name, data] of Object.entries(files)) {
    const f = new ZipDeflate(name, { level: 6 });
    zip.add(f);
    f.push(data, true);
  }
  zip.end();
  writeFileSync(join(dir, file), Buffer.concat(parts));
}

const serial = (d: string, date1904 = false) =>
  (Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) -
    (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) /
  86_400_000;
const ISO = ['2014-09-01', '2016-03-01', '2014-09-01', '2020-01-02', '2018-07-01'];
const xrows = (date1904: boolean) => [
  HEADER,
  ...ROWS.map((r, i) => [i + 1, ...r.slice(1, 5), serial(ISO[i]!, date1904), ...r.slice(6)]),
];
await xlsx('花名册.xlsx', [
  { name: '说明', rows: [['说明'], ['本表为示例']] },
  { name: '花名册', rows: xrows(false) },
]);
await xlsx('花名册-1904.xlsx', [{ name: '花名册', rows: xrows(true) }], true);

// 6. One bad row of each kind (UTF-8 CSV): ambiguous 研究生, an unknown post, a day that does not exist, a malformed
// assessment cell, a year given twice differently, a certificate level without 取证日期 column value but with a bad date,
// cells beyond the header.
const BAD = [
  ['1', '好行', '清河社区', '书记', '本科', '2014/9/1', '', '', ''],
  ['2', '学历不明', '清河社区', '委员', '研究生', '2015/1/1', '', '', ''],
  ['3', '岗位不明', '清河社区', '网格长', '本科', '2015/1/1', '', '', ''],
  ['4', '日期不存在', '清河社区', '委员', '本科', '2023/2/29', '', '', ''],
  ['5', '考核写错', '清河社区', '委员', '本科', '2015/1/1', '', '', '2023优秀'],
  ['6', '考核矛盾', '清河社区', '委员', '本科', '2015/1/1', '', '', '2023:优秀;2023:不合格'],
  ['7', '取证日期错', '清河社区', '委员', '本科', '2015/1/1', '中级', '去年', ''],
  ['8', '多出一列', '清河社区', '委员', '本科', '2015/1/1', '', '', '', '多余'],
];
writeFileSync(join(dir, '花名册-有误.csv'), '\ufeff' + csv([HEADER, ...BAD], ','));
console.log(`wrote ${dir}`);
