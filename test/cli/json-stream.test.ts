import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonArrayReader, JsonStreamError } from '../../src/cli/json-stream.js';

function readAll(text: string, cut: number[]): unknown[] {
  const r = new JsonArrayReader();
  const out: unknown[] = [];
  let at = 0;
  for (const c of [...cut.filter((x) => x <= text.length).sort((a, b) => a - b), text.length]) {
    out.push(...r.push(text.slice(at, c)));
    at = c;
  }
  r.end();
  return out;
}

describe('JsonArrayReader', () => {
  it('splits the top-level array only, whatever the strings and nesting hold', () => {
    const text = ' [ {"a":"x,]}\\"y","b":[1,{"c":2}]}, "s,[", 3 , null ] \n';
    expect(readAll(text, [])).toEqual(JSON.parse(text));
  });
  it('gives the same elements for any chunking (property)', () => {
    const value = fc.array(fc.jsonValue(), { maxLength: 6 });
    fc.assert(
      fc.property(value, fc.array(fc.nat(), { maxLength: 5 }), (arr, cuts) => {
        const text = JSON.stringify(arr, null, 1);
        expect(readAll(text, cuts)).toEqual(JSON.parse(text));
      }),
    );
  });
  it('gives up on an element that never ends instead of holding the whole file', () => {
    const r = new JsonArrayReader();
    r.push('[{"a":1},{"name":"');
    const piece = 'x'.repeat(1 << 20);
    expect(() => {
      for (let i = 0; i < 20; i++) r.push(piece);
    }).toThrow(expect.objectContaining({ item: 2, tooLong: true }));
  });
  it('reads an empty array, and refuses a non-array, an unclosed array and a bad element with its number', () => {
    expect(readAll('[]', [])).toEqual([]);
    expect(() => readAll('{"workers":[]}', [])).toThrow(JsonStreamError);
    expect(() => readAll('[1,2', [])).toThrow('not closed');
    try {
      readAll('[{"a":1},{"a":}]', []);
      expect.unreachable();
    } catch (e) {
      expect((e as JsonStreamError).item).toBe(2);
    }
  });
});
