/**
 * The .xlsx reader and writer, on fflate (inflate/deflate, no other dependency). Loaded only by a dynamic import from
 * `xlsx.ts`, so a host that never reads or writes a workbook does not bundle it.
 *
 * Reading: the ZIP's central directory is read from the file's bytes; the workbook, its relationships, the styles
 * (which cells are dates) and the shared strings are inflated whole (they are small), and the worksheet is inflated
 * in 64 KB steps and scanned row by row, so a 100,000-row sheet never exists as one string.
 * Writing: one worksheet streamed through a ZIP deflate stream, cells as inline strings (no shared-strings table to
 * hold), a frozen header row, codes and IDs as text (`@`), money as numbers formatted `0.00`.
 * @module
 */
import { Inflate, Zip, ZipDeflate, inflateSync, strToU8 } from 'fflate';
import { serialText } from './cells.js';
import type { XlsxCell, XlsxColumn, XlsxRow } from './xlsx.js';

/** Why a workbook cannot be read (worded by the caller). */
export class XlsxFormatError extends Error {
  override readonly name = 'XlsxFormatError';
  /** @param reason - `not_zip`, `no_workbook`, `no_sheet`, `unsupported` */
  constructor(
    readonly reason: 'not_zip' | 'no_workbook' | 'no_sheet' | 'unsupported',
    detail: string,
  ) {
    super(detail);
  }
}

interface Entry {
  readonly method: number;
  readonly compressed: number;
  readonly offset: number;
}

const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 2 ** 32;

/** The ZIP's entries by name, from its central directory. */
function centralDirectory(zip: Uint8Array): Map<string, Entry> {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (u32(zip, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new XlsxFormatError('not_zip', 'no end of central directory');
  let count = u16(zip, eocd + 10);
  let at = u32(zip, eocd + 16);
  // ZIP64: the locator sits just before the end record.
  if ((at === 0xffffffff || count === 0xffff) && eocd >= 20 && u32(zip, eocd - 20) === 0x07064b50) {
    const z64 = u64(zip, eocd - 12);
    if (u32(zip, z64) === 0x06064b50) {
      count = u64(zip, z64 + 32);
      at = u64(zip, z64 + 48);
    }
  }
  const names = new TextDecoder();
  const out = new Map<string, Entry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || u32(zip, at) !== 0x02014b50)
      throw new XlsxFormatError('not_zip', 'bad central directory');
    const method = u16(zip, at + 10);
    let compressed = u32(zip, at + 20);
    const nameLen = u16(zip, at + 28);
    const extraLen = u16(zip, at + 30);
    const commentLen = u16(zip, at + 32);
    let offset = u32(zip, at + 42);
    const name = names.decode(zip.subarray(at + 46, at + 46 + nameLen));
    // ZIP64 extended information: the 64-bit values present are those whose 32-bit field is all ones, in order.
    if (compressed === 0xffffffff || offset === 0xffffffff) {
      let e = at + 46 + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end) {
        const id = u16(zip, e);
        const size = u16(zip, e + 2);
        if (id === 1) {
          let k = e + 4;
          if (u32(zip, at + 24) === 0xffffffff) k += 8;
          if (compressed === 0xffffffff) {
            compressed = u64(zip, k);
            k += 8;
          }
          if (offset === 0xffffffff) offset = u64(zip, k);
        }
        e += 4 + size;
      }
    }
    out.set(name.replace(/^\//, ''), { method, compressed, offset });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The compressed bytes of an entry. */
function entryData(zip: Uint8Array, e: Entry): Uint8Array {
  if (u32(zip, e.offset) !== 0x04034b50) throw new XlsxFormatError('not_zip', 'bad local header');
  const start = e.offset + 30 + u16(zip, e.offset + 26) + u16(zip, e.offset + 28);
  if (e.method !== 0 && e.method !== 8) throw new XlsxFormatError('unsupported', `compression method ${e.method}`);
  return zip.subarray(start, start + e.compressed);
}

function entryText(zip: Uint8Array, dir: Map<string, Entry>, name: string): string | undefined {
  const e = dir.get(name);
  if (e === undefined) return undefined;
  const data = entryData(zip, e);
  return new TextDecoder().decode(e.method === 0 ? data : inflateSync(data));
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text → string: entities, then Excel's `_xHHHH_` escapes of control characters. */
function unescapeXml(s: string): string {
  let t =
    s.indexOf('&') < 0
      ? s
      : s.replace(ENTITY, (_, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
          name !== undefined
            ? NAMED[name]!
            : String.fromCodePoint(dec !== undefined ? Number(dec) : parseInt(hex!, 16)),
        );
  if (t.indexOf('_x') >= 0)
    t = t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return t;
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m === null ? undefined : m[1];
};

/** The text of an `<si>` or `<is>`: its `<t>` elements joined, phonetic runs (`<rPh>`) left out. */
function richText(xml: string): string {
  const plain = xml.indexOf('<rPh') < 0 ? xml : xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g;
  for (let m = re.exec(plain); m !== null; m = re.exec(plain)) out += m[1] === undefined ? '' : unescapeXml(m[1]);
  return out;
}

// Built-in number formats that show a date or time (ECMA-376 18.8.30, with the East Asian ids 27–36 and 50–58).
const DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Style index → whether its number format shows a date. */
function dateStyles(styles: string | undefined): boolean[] {
  if (styles === undefined) return [];
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId'));
    const code = unescapeXml(attr(m[0], 'formatCode') ?? '');
    custom.set(id, code);
  }
  const isDate = (id: number) => {
    const code = custom.get(id);
    if (code === undefined) return DATE_FORMATS.has(id);
    // Quoted text and [colour]/[locale] blocks do not count; a y, m, d, h or s left means a date or time.
    const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
  };
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles);
  if (xfs === null) return [];
  return [...xfs[1]!.matchAll(/<xf\b[^>]*>/g)].map((m) => isDate(Number(attr(m[0], 'numFmtId') ?? '0')));
}

/** A workbook opened for reading: its sheets' names and whether it counts dates from 1904. */
export interface XlsxBook {
  /** The worksheets' names, in workbook order. */
  readonly sheets: readonly string[];
  /** True when the workbook uses the 1904 date system (Excel for Mac before 2011). */
  readonly date1904: boolean;
  /**
   * The rows of a sheet, in steps of at most `chunkRows` rows (a row with no cell is not listed).
   * @param name - the sheet's name
   */
  rows(name: string, chunkRows?: number): Generator<XlsxRow[]>;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

/**
 * Opens a workbook from its bytes.
 * @param bytes - the .xlsx file
 */
export function openXlsx(bytes: Uint8Array): XlsxBook {
  const dir = centralDirectory(bytes);
  const workbook = entryText(bytes, dir, 'xl/workbook.xml');
  if (workbook === undefined) throw new XlsxFormatError('no_workbook', 'xl/workbook.xml missing');
  const rels = entryText(bytes, dir, 'xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id !== undefined && target !== undefined)
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const pr = /<workbookPr\b[^>]*>/.exec(workbook);
  const d1904 = pr === null ? undefined : attr(pr[0], 'date1904');
  const date1904 = d1904 === '1' || d1904 === 'true';
  const sheets: { name: string; path: string }[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(attr(m[0], 'name') ?? '');
    const rid = attr(m[0], 'r:id') ?? /\s\w+:id="([^"]*)"/.exec(m[0])?.[1];
    const path = rid === undefined ? undefined : targets.get(rid);
    if (path !== undefined && dir.has(path)) sheets.push({ name, path });
  }
  let shared: string[] | undefined;
  let dates: boolean[] | undefined;
  const sharedStrings = () => {
    if (shared === undefined) {
      const xml = entryText(bytes, dir, 'xl/sharedStrings.xml') ?? '';
      shared = [];
      for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g))
        shared.push(m[1] === undefined ? '' : richText(m[1]));
    }
    return shared;
  };
  return {
    sheets: sheets.map((s) => s.name),
    date1904,
    *rows(name, chunkRows = 1000) {
      const sheet = sheets.find((s) => s.name === name);
      if (sheet === undefined) throw new XlsxFormatError('no_sheet', name);
      const strings = sharedStrings();
      dates ??= dateStyles(entryText(bytes, dir, 'xl/styles.xml'));
      const isDate = dates;
      const entry = dir.get(sheet.path)!;
      const data = entryData(bytes, entry);
      const decoder = new TextDecoder();
      let text = '';
      let pending: XlsxRow[] = [];
      let nextRow = 1;
      const parseRows = (upTo: number) => {
        const part = text.slice(0, upTo);
        text = text.slice(upTo);
        ROW.lastIndex = 0;
        for (let m = ROW.exec(part); m !== null; m = ROW.exec(part)) {
          const r = attr(m[1]!, 'r');
          const row = r === undefined ? nextRow : Number(r);
          nextRow = row + 1;
          const body = m[2];
          if (body === undefined) continue;
          const cells: XlsxCell[] = [];
          let col = 0;
          CELL.lastIndex = 0;
          for (let c = CELL.exec(body); c !== null; c = CELL.exec(body)) {
            const attrs = c[1]!;
            const ref = attr(attrs, 'r');
            if (ref !== undefined) col = columnIndex(ref);
            const t = attr(attrs, 't');
            const inner = c[2] ?? '';
            let value: XlsxCell = null;
            if (t === 'inlineStr') value = richText(inner);
            else {
              const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
              if (v !== undefined) {
                if (t === 's') value = strings[Number(v)] ?? '';
                else if (t === 'str' || t === 'e') value = unescapeXml(v);
                else if (t === 'b') value = v === '1';
                else if (t === 'd') value = v.slice(0, 10);
                else {
                  const n = Number(v);
                  const s = attr(attrs, 's');
                  value =
                    s !== undefined && isDate[Number(s)] === true && Number.isFinite(n) && n >= 0
                      ? { serial: n, text: serialText(n, date1904) }
                      : Number.isFinite(n)
                        ? n
                        : v;
                }
              }
            }
            while (cells.length < col) cells.push(null);
            cells[col] = value;
            col++;
          }
          while (cells.length > 0 && (cells[cells.length - 1] === null || cells[cells.length - 1] === '')) cells.pop();
          if (cells.length > 0) pending.push({ row, cells });
        }
      };
      const take = (final: boolean) => {
        if (final) parseRows(text.length);
        else {
          const end = text.lastIndexOf('</row>');
          if (end >= 0) parseRows(end + 6);
        }
      };
      if (entry.method === 0) {
        text = decoder.decode(data);
        take(true);
      } else {
        const inflater = new Inflate((chunk: Uint8Array, final: boolean) => {
          text += decoder.decode(chunk, { stream: !final });
          take(final);
        });
        const STEP = 1 << 16;
        for (let at = 0; at < data.length || at === 0; at += STEP) {
          inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
          while (pending.length >= chunkRows) {
            yield pending.slice(0, chunkRows);
            pending = pending.slice(chunkRows);
          }
        }
      }
      if (pending.length > 0) yield pending;
    },
  };
}

function escapeXml(s: string): string {
  // Control characters other than tab and line breaks are not allowed in XML 1.0: Excel writes them as _xHHHH_.
  return s
    .replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
    .replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|_(?=x[0-9A-Fa-f]{4}_)/g,
      (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`,
    );
}

function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

// Style indexes of STYLES.
const S_TEXT = 1;
const S_MONEY = 2;
const S_HEADER = 3;
const S_WRAP = 4;

/** Width of a column in Excel's units (characters of the default font): CJK characters count twice. */
function widthOf(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return Math.min(60, Math.max(6, w + 2));
}

/** Writes one worksheet as an .xlsx, rows pushed in steps; the ZIP's bytes go to `sink` as they are made. */
export class XlsxStreamWriter {
  private readonly zip: Zip;
  private readonly sheet: ZipDeflate;
  private readonly queue: Uint8Array[] = [];
  private failure: Error | undefined;
  private done = false;
  private rowNumber = 1;
  private buffered = '';

  /**
   * @param sink - receives the file's bytes in order
   * @param sheetName - the worksheet's name (at most 31 characters; `[]:*?/\` replaced)
   * @param columns - the columns: header, kind, width
   */
  constructor(
    private readonly sink: (bytes: Uint8Array) => Promise<void>,
    sheetName: string,
    private readonly columns: readonly XlsxColumn[],
  ) {
    this.zip = new Zip((err, data, final) => {
      if (err) this.failure = err;
      else this.queue.push(data);
      if (final) this.done = true;
    });
    const name = escapeXml(sheetName.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet1');
    const small = (file: string, xml: string) => {
      const f = new ZipDeflate(file, { level: 6 });
      this.zip.add(f);
      f.push(strToU8(xml), true);
    };
    small(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    );
    small(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    );
    small(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    );
    small(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    );
    small('xl/styles.xml', STYLES);
    this.sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
    this.zip.add(this.sheet);
    const cols = columns
      .map(
        (c, i) =>
          `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? widthOf(c.header)}" customWidth="1"${c.kind === 'text' ? ` style="${S_TEXT}"` : ''}/>`,
      )
      .join('');
    this.buffered =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>${cols.length > 0 ? `<cols>${cols}</cols>` : ''}<sheetData>`;
    this.rowXml(
      columns.map((c) => c.header),
      true,
    );
  }

  private rowXml(cells: readonly XlsxCell[], header = false): void {
    const r = this.rowNumber++;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i];
      if (v === null || v === undefined || v === '') continue;
      const ref = `${columnName(i)}${r}`;
      const kind = header ? 'header' : (this.columns[i]?.kind ?? 'text');
      if (typeof v === 'number' && Number.isFinite(v) && kind !== 'text' && kind !== 'header')
        xml += `<c r="${ref}"${kind === 'money' ? ` s="${S_MONEY}"` : ''}><v>${v}</v></c>`;
      else if (typeof v === 'boolean') xml += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
      else {
        const s = typeof v === 'object' ? v.text : String(v);
        // Money given as a decimal string is written as a number, so that Excel sums it.
        if (kind === 'money' && /^-?\d{1,15}(\.\d+)?$/.test(s)) xml += `<c r="${ref}" s="${S_MONEY}"><v>${s}</v></c>`;
        else if (kind === 'integer' && /^-?\d{1,15}$/.test(s)) xml += `<c r="${ref}"><v>${s}</v></c>`;
        else {
          const style = header ? S_HEADER : kind === 'wrap' ? S_WRAP : S_TEXT;
          xml += `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(s)}</t></is></c>`;
        }
      }
    }
    this.buffered += xml + '</row>';
  }

  private async flush(final: boolean): Promise<void> {
    this.sheet.push(strToU8(this.buffered), final);
    this.buffered = '';
    if (final) this.zip.end();
    if (this.failure) throw this.failure;
    while (this.queue.length > 0) await this.sink(this.queue.shift()!);
  }

  /**
   * Adds rows (cells in the columns' order).
   * @param rows - the rows
   */
  async rows(rows: readonly (readonly XlsxCell[])[]): Promise<void> {
    for (const r of rows) {
      this.rowXml(r);
      if (this.buffered.length > 1 << 16) await this.flush(false);
    }
  }

  /** Finishes the workbook. */
  async end(): Promise<void> {
    this.buffered += '</sheetData></worksheet>';
    await this.flush(true);
    if (!this.done) throw new Error('xlsx: the ZIP stream did not finish');
  }
}
