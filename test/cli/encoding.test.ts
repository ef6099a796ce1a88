import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EncodingError, StreamDecoder, decodeAll, sniffEncoding } from '../../src/cli/encoding.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
// GBK bytes of 正职 (checked against iconv): D5FD D6B0.
const ZHENGZHI_GBK = new Uint8Array([0xd5, 0xfd, 0xd6, 0xb0]);
const gbkFixture = new Uint8Array(readFileSync(new URL('./fixtures/roster-gbk.csv', import.meta.url)));

function decodeInChunks(bytes: Uint8Array, size: number, enc: 'auto' | 'utf8' | 'gb18030' = 'auto'): { text: string; chosen: string | undefined } {
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
    for (const size of [1, 2, 3, 7, 64, 4096]) expect(decodeInChunks(gbkFixture, size)).toEqual({ text: whole.text, chosen: 'gb18030' });
  });
  it('decodes UTF-8 split inside a multi-byte character', () => {
    const bytes = utf8('编号,姓名\n1,示例甲\n'.repeat(50));
    for (const size of [1, 2, 5, 100]) expect(decodeInChunks(bytes, size).text).toBe('编号,姓名\n1,示例甲\n'.repeat(50));
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
