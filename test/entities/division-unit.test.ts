import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDivisionUnit } from '../../src/entities/index.js';

interface Unit {
  code: string;
  name: string;
  kind: string;
  parent?: string;
}
const data = JSON.parse(readFileSync(new URL('../../data/huaian-divisions.json', import.meta.url), 'utf8')) as {
  city: Unit;
  counties: Unit[];
  townships: Unit[];
  villages: Unit[];
};

describe('division units', () => {
  it('accepts every unit of the embedded 淮安 tree (8 + 113 + 1,601)', () => {
    expect(parseDivisionUnit({ ...data.city, kind: 'city', parent: '320000' }).code).toBe('320800');
    for (const u of data.counties) expect(parseDivisionUnit({ ...u, parent: '320800' }).kind).toBe(u.kind);
    for (const u of [...data.townships, ...data.villages]) expect(parseDivisionUnit(u)).toEqual(u);
    expect(data.counties.length + data.townships.length + data.villages.length).toBe(8 + 113 + 1601);
  });
});
