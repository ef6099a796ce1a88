import { describe, expect, it } from 'vitest';
import type { Bilingual } from '../../src/core/messages.js';
import type { FieldDef, RecordDef } from '../../src/core/record.js';
import { describeUscc, entityRecords, usccCategoryLabels, usccDepartmentLabels } from '../../src/entities/index.js';
import { organizationCodeCheckChar, usccCheckChar, usccCodeConfidence } from '../../src/validators/index.js';

/** Every label of a record: the record's, each field's, each list item's and year value's, each enum value's; nested records too. */
function labelsOf(rec: RecordDef<unknown>, at = rec.name): [string, Bilingual][] {
  const out: [string, Bilingual][] = [[at, rec.label]];
  const visit = (def: FieldDef, where: string) => {
    out.push([where, def.label]);
    const t = def.type;
    if (t.kind === 'enum') for (const v of t.values) out.push([`${where} = ${v}`, t.labels[v]!]);
    if (t.kind === 'object') out.push(...labelsOf(t.record, where));
    if (t.kind === 'array' || t.kind === 'yearMap') visit(t.of, `${where}[]`);
  };
  for (const [k, def] of Object.entries(rec.fields)) visit(def, `${at}.${k}`);
  return out;
}

/** Every enum of a record (nested ones too). */
function enumsOf(rec: RecordDef<unknown>): Extract<FieldDef['type'], { kind: 'enum' }>[] {
  const out: Extract<FieldDef['type'], { kind: 'enum' }>[] = [];
  const visit = (def: FieldDef) => {
    const t = def.type;
    if (t.kind === 'enum') out.push(t);
    if (t.kind === 'object') out.push(...enumsOf(t.record));
    if (t.kind === 'array' || t.kind === 'yearMap') visit(t.of);
  };
  for (const def of Object.values(rec.fields)) visit(def);
  return out;
}

describe('labels', () => {
  it.each(entityRecords.map((r) => [r.name, r] as const))(
    '%s: every field and enum value has an identifier-free Chinese label and an English label',
    (_, rec) => {
      const labels = labelsOf(rec);
      expect(labels.length).toBeGreaterThan(Object.keys(rec.fields).length);
      for (const [where, l] of labels) {
        expect(l, where).toBeDefined();
        expect(l.zh.trim(), where).not.toBe('');
        expect(l.zh, `${where}: ${l.zh}`).not.toMatch(/[A-Za-z]/);
        expect(l.zh, `${where}: ${l.zh}`).toMatch(/[\u4e00-\u9fff]/);
        expect(l.en.trim(), where).not.toBe('');
        expect(l.en, `${where}: ${l.en}`).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
      }
    },
  );

  it.each(entityRecords.map((r) => [r.name, r] as const))(
    '%s: each enum value is reached by its name and its Chinese label, and no two values share a label',
    (_, rec) => {
      for (const e of enumsOf(rec)) {
        expect(Object.keys(e.labels).sort()).toEqual([...e.values].sort());
        for (const v of e.values) {
          expect(e.aliases[v]).toBe(v);
          expect(e.aliases[e.labels[v]!.zh]).toBe(v);
        }
        expect(new Set(e.values.map((v) => e.labels[v]!.zh)).size).toBe(e.values.length);
        expect(new Set(e.values.map((v) => e.labels[v]!.en)).size).toBe(e.values.length);
      }
    },
  );

  it('records have distinct names (one schema file each)', () => {
    expect(new Set(entityRecords.map((r) => r.name)).size).toBe(entityRecords.length);
  });
});

describe('USCC names', () => {
  const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

  it('name exactly the codes the validator knows', () => {
    const known: string[] = [];
    for (const d of CHARSET) {
      expect(usccCodeConfidence(d) !== undefined).toBe(d in usccDepartmentLabels);
      for (const c of CHARSET) if (usccCodeConfidence(d + c) !== undefined) known.push(d + c);
    }
    expect(known.sort()).toEqual(Object.keys(usccCategoryLabels).sort());
    expect(known).toHaveLength(45);
  });

  it('describeUscc adds names', () => {
    const d = describeUscc('91350100M000100Y43');
    expect(d.department).toEqual({
      code: '9',
      confidence: 'high',
      zh: '工商',
      en: 'Industry and commerce (market regulation)',
    });
    expect(d.category).toEqual({ code: '91', confidence: 'high', zh: '企业', en: 'Enterprise' });
    const body = 'MJ000000';
    const f17 = `52320800${body}${organizationCodeCheckChar(body)}`;
    expect(describeUscc(f17 + usccCheckChar(f17)).category).toMatchObject({
      zh: '民办非企业单位',
      en: 'Private non-enterprise unit',
    });
    expect(() => describeUscc('91350100M000100Y44', ['x'])).toThrow(
      expect.objectContaining({ code: 'invalid_check_digit', path: ['x'] }),
    );
  });
});
