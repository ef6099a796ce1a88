import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BinaryInputError, EncodingError, StreamDecoder, decodeAll, sniffEncoding } from '../../src/cli/encoding.js';
import { run } from '../../src/cli/run.js';
import { writeXlsx } from '../../src/sheets/index.js';
import { memoryIO } from './memory-io.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
// GBK bytes of 正职 (checked against iconv): D5FD D6B0.
const ZHENGZHI_GBK = new Uint8Array([0xd5, 0xfd, 0xd6, 0xb0]);
const gbkFixture = new Uint8Array(readFileSync(new URL('./fixtures/roster-gbk.csv', import.meta.url)));

function decodeInChunks(
  bytes: Uint8Array,
  size: number,
  enc: 'auto' | 'utf8' | 'gb18030' = 'auto',
): { text: string; chosen: string | undefined } {
  const d = new StreamDecoder(enc);
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += d.write(bytes.subarray(i, i + size));
  text += d.end();
  return { text, chosen: d.chosen };
}

describe('encoding detection', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const r = decodeAll(utf8('\ufeff岗位,学历\r\n正职,本科'));
    expect(r).toEqual({ text: '岗位,学历\r\n正职,本科', encoding: 'utf8' });
  });
  it('reads UTF-8 without a BOM', () => {
    expect(decodeAll(utf8('post\n正职'))).toEqual({ text: 'post\n正职', encoding: 'utf8' });
  });
  it('reads GBK (what Chinese Excel writes) as GB18030', () => {
    const bytes = new Uint8Array([...utf8('post\r\n'), ...ZHENGZHI_GBK]);
    expect(decodeAll(bytes)).toEqual({ text: 'post\r\n正职', encoding: 'gb18030' });
  });
  it('decodes the GBK fixture identically whatever the chunk size', () => {
    const whole = decodeAll(gbkFixture);
    expect(whole.encoding).toBe('gb18030');
    expect(whole.text.startsWith('编号,姓名,岗位,学历,参加社区工作时间')).toBe(true);
    for (const size of [1, 2, 3, 7, 64, 4096])
      expect(decodeInChunks(gbkFixture, size)).toEqual({ text: whole.text, chosen: 'gb18030' });
  });
  it('decodes UTF-8 split inside a multi-byte character', () => {
    const bytes = utf8('编号,姓名\n1,示例甲\n'.repeat(50));
    for (const size of [1, 2, 5, 100])
      expect(decodeInChunks(bytes, size).text).toBe('编号,姓名\n1,示例甲\n'.repeat(50));
  });
  it('treats a pure-ASCII file as UTF-8', () => {
    expect(decodeAll(utf8('a,b\n1,2'))).toEqual({ text: 'a,b\n1,2', encoding: 'utf8' });
  });
  it('obeys a forced encoding', () => {
    expect(decodeAll(ZHENGZHI_GBK, 'gb18030').text).toBe('正职');
    expect(() => decodeAll(ZHENGZHI_GBK, 'utf8')).toThrow(EncodingError);
  });
  it('refuses invalid UTF-8 found after the sniffing window instead of inventing characters', () => {
    const bytes = new Uint8Array([...utf8('示'.repeat(3000)), 0xff]);
    expect(() => decodeInChunks(bytes, 1000)).toThrow(EncodingError);
  });
  it('sniffEncoding allows a UTF-8 sequence cut by the end of a partial sample', () => {
    expect(sniffEncoding(utf8('示例').subarray(0, 4), false)).toBe('utf8');
    expect(sniffEncoding(utf8('示例').subarray(0, 4), true)).toBe('gb18030');
  });
});

/** UTF-16 bytes of a text, with its byte order mark. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = order === 'le' ? c & 0xff : c >> 8;
    out[3 + i * 2] = order === 'le' ? c >> 8 : c & 0xff;
  }
  return out;
}

describe('UTF-16 and files that are not text', () => {
  const text = '编号,岗位,学历,参加社区工作时间\r\nA,正职,本科,2020-01-01\r\n';
  it('reads UTF-16 LE and BE by their byte order mark, whatever the chunking, even over --encoding', () => {
    for (const order of ['le', 'be'] as const)
      for (const size of [1, 3, 4096])
        expect(decodeInChunks(utf16(text, order), size)).toEqual({ text, chosen: `utf16${order}` });
    expect(decodeAll(utf16(text, 'le'), 'utf8').text).toBe(text);
  });
  it('refuses UTF-16 cut in the middle of a character', () => {
    expect(() => decodeAll(utf16(text, 'le').subarray(0, 9))).toThrow(EncodingError);
  });
  it('refuses NUL bytes in the first 4 KB, telling a workbook, UTF-16 without BOM and other binary data apart', () => {
    const kind = (bytes: Uint8Array, size = 1 << 16) => {
      try {
        decodeInChunks(bytes, size);
      } catch (e) {
        if (e instanceof BinaryInputError) return e.kind;
        throw e;
      }
      return 'text';
    };
    expect(kind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toBe('xlsx');
    expect(kind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('xls');
    expect(kind(utf16('id,post,education\r\nA,principal,bachelor\r\n', 'le').subarray(2), 5)).toBe('utf16');
    expect(kind(new Uint8Array([...utf8('a,b\n'.repeat(100)), 7, 0, 200, 13]))).toBe('binary');
    // A NUL after the first 4 KB is left to the CSV reader (text with one bad byte is not refused wholesale).
    expect(kind(new Uint8Array([...utf8('a,b\n'.repeat(1100)), 0]))).toBe('text');
  });
  it('salary reads a UTF-16 roster, reads a workbook whatever its name, and refuses a broken one with advice (exit 2)', async () => {
    const m = memoryIO({
      'u16.csv': utf16(text, 'le'),
      'book.csv': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
    });
    expect(await run(['salary', 'u16.csv', '--as-of', '2026-01-01', '--format', 'csv'], m.io)).toBe(0);
    const fromText = m.stdout();
    expect(fromText).toMatch(/\r\n2,A,,正职,\d+,/);
    // A file that starts as a workbook (zip) but is not one is refused, saying what to do.
    expect(await run(['salary', 'book.csv', '--as-of', '2026-01-01'], m.io)).toBe(2);
    expect(m.stderr()).toContain(
      '「book.csv」：不是有效的 Excel 工作簿（.xlsx）：文件可能已损坏，或是旧版 .xls（请在 Excel 中另存为 .xlsx）',
    );
    // A real workbook saved under a .csv name is read by its first bytes, giving what the text gave.
    const parts: Uint8Array[] = [];
    const lines = text
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    const w = await writeXlsx(
      async (b) => void parts.push(b),
      lines[0]!.map((header) => ({ header })),
    );
    await w.rows(lines.slice(1));
    await w.end();
    const book = memoryIO({ 'book.csv': new Uint8Array(Buffer.concat(parts)) });
    expect(await run(['salary', 'book.csv', '--as-of', '2026-01-01', '--format', 'csv'], book.io)).toBe(0);
    expect(book.stdout()).toBe(fromText);
  });
});
