import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { describeUscc, entityCatalog, usccCategoryLabels, usccDepartmentLabels } from '../../src/entities/index.js';
import { organizationCodeCheckChar, usccCheckChar, usccCodeConfidence } from '../../src/validators/index.js';

type Json = { properties: Record<string, { enum?: string[]; items?: { enum?: string[] } }> };

describe('label tables', () => {
  it.each(entityCatalog.map((e) => [e.name, e] as const))('%s: every field and every enum value has zh and en labels', (_, entry) => {
    const json = z.toJSONSchema(entry.schema, { io: 'input' }) as unknown as Json;
    expect(Object.keys(entry.fieldLabels).sort()).toEqual(Object.keys(json.properties).sort());
    for (const [field, prop] of Object.entries(json.properties)) {
      const values = prop.enum ?? prop.items?.enum;
      if (values === undefined) continue;
      expect(Object.keys(entry.valueLabels[field] ?? {}).sort()).toEqual([...values].sort());
    }
    const all = [...Object.values(entry.fieldLabels), ...Object.values(entry.valueLabels).flatMap((l) => Object.values(l))];
    for (const l of all) {
      expect(l.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(l.en).toMatch(/^[A-Z][\x20-\x7e]*$/);
    }
  });

  it('every refinement names a real field', () => {
    for (const e of entityCatalog) for (const r of e.refinements) expect(Object.keys(e.fieldLabels)).toContain(r.field);
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
    expect(d.department).toEqual({ code: '9', confidence: 'high', zh: '工商', en: 'Industry and commerce (market regulation)' });
    expect(d.category).toEqual({ code: '91', confidence: 'high', zh: '企业', en: 'Enterprise' });
    const body = 'MJ000000';
    const f17 = `52320800${body}${organizationCodeCheckChar(body)}`;
    expect(describeUscc(f17 + usccCheckChar(f17)).category).toMatchObject({ zh: '民办非企业单位', en: 'Private non-enterprise unit' });
    expect(() => describeUscc('91350100M000100Y44', ['x'])).toThrow(expect.objectContaining({ code: 'invalid_check_digit', path: ['x'] }));
  });
});
