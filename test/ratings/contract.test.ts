// The engine contract on /ratings: one profile option, one envelope, profiles as data (sources, no stand-in dates,
// provisional readings with a note, not-found values null), messages as data (zh entirely Chinese), one renderer.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, profileToJson } from '../../src/core/index.js';
import { ratingMessages } from '../../src/ratings/messages.js';
import {
  gradeFromScore,
  projectCompliance,
  ratingBenefits,
  ratingEligibility,
  ratingProfiles,
  ratingStatus,
} from '../../src/ratings/index.js';
import { CLEAN, NEW, refusal } from './support.js';

const asOf = '2026-04-01';

describe('profiles', () => {
  it('ships jiangsu (default), suzhou-2021 and anhui-huaining', () => {
    expect(ratingProfiles.ids).toEqual(['jiangsu', 'suzhou-2021', 'anhui-huaining']);
    expect(ratingProfiles.defaultId).toBe('jiangsu');
  });
  for (const id of ratingProfiles.ids) {
    it(`${id}: every value cites a source; no stand-in dates; provisional values say why; not-found values are null`, () => {
      const p = ratingProfiles.get(id);
      for (const [pid, param] of Object.entries(p.parameters)) {
        for (const v of param.values) {
          expect(v.source.key, pid).toBeTruthy();
          // Dates of effect are real ones: 民政部令第39号 in force 2011-03-01 (U3), else unknown.
          expect(v.effectiveFrom === null || v.effectiveFrom === '2011-03-01', pid).toBe(true);
          if (v.provisional) expect(v.note?.zh.length, pid).toBeGreaterThan(0);
          if (v.notFound) expect(v.value, pid).toBeNull();
          if (!v.notFound) expect(v.value, pid).not.toBeNull();
        }
      }
    });
  }
  it('the national numbers are the text of 民政部令第39号 (H); Jiangsu bands M (T24)', () => {
    const v = (id: string) => ratingProfiles.get('jiangsu').parameters[id]!.values[0]!;
    expect(v('ratings.validityYears')).toMatchObject({ value: 5, source: { key: 'U3', confidence: 'H' } });
    expect(v('ratings.bar.cancelledYears')).toMatchObject({ value: 3, source: { key: 'U3' } });
    expect(v('ratings.grade.cutoffs')).toMatchObject({
      value: { '5A': 951, '4A': 901, '3A': 851, '2A': 801 },
      source: { key: 'T24', confidence: 'M' },
      effectiveFrom: null,
    });
    const anhui = ratingProfiles.get('anhui-huaining').parameters;
    expect(
      Object.entries(anhui)
        .filter(([, p]) => p.values[0]!.notFound)
        .map(([k]) => k),
    ).toEqual([
      'ratings.upgrade.minYearsHeld',
      'ratings.fiveA.priorFourAYears',
      'ratings.project.socialWorkerShare',
      'ratings.project.laborCostShare',
      'ratings.project.professionalCriteria',
    ]);
  });
  it('round-trips as JSON (profileToJson) and a host profile of another domain is refused', () => {
    const json = profileToJson(ratingProfiles.get('jiangsu'));
    expect(gradeFromScore(950, { asOf, profile: json }).grade).toBe('4A');
    expect(refusal(() => gradeFromScore(950, { asOf, profile: { ...json, domain: 'petitions' } })).code).toBe(
      'wrong_profile_domain',
    );
  });
});

describe('messages as data', () => {
  it('every Chinese text is Chinese (grades written 一级 to 五级, no identifiers)', () => {
    const results = [
      gradeFromScore('950.5', { asOf }),
      gradeFromScore(700, { asOf, profile: 'anhui-huaining' }),
      ratingEligibility(CLEAN, { asOf, target: '5A', profile: 'suzhou-2021' }),
      ratingEligibility(
        {
          ...CLEAN,
          rating: '3A',
          ratedOn: '2025-01-01',
          ratingSanctions: [{ kind: 'lowered', decidedOn: '2025-01-02' }],
          penalties: [{ decidedOn: '2025-02-01' }],
          annualInspections: { 2025: '基本合格' },
        },
        { asOf, target: '4A' },
      ),
      ratingEligibility(NEW, { asOf }),
      ratingStatus({ ...CLEAN, annualInspections: { 2024: '基本合格', 2025: '基本合格' } }, { asOf }),
      ratingBenefits('3A', { asOf }),
      projectCompliance({ staff: [{}, { socialWorkDegree: true }], laborCost: '1', budget: '2' }, { asOf }),
    ];
    for (const r of results) {
      const e = r.explanation!;
      for (const t of [
        e.summary.zh,
        ...e.rules.map((x) => x.text.zh),
        ...e.missing.map((m) => m.label.zh),
        ...r.warnings.map((w) => w.zh),
      ]) {
        expect(t, t).not.toMatch(/[A-Za-z]/);
      }
      const en = explain(r, { lang: 'en' });
      expect(en).toContain('Outcome:');
    }
  });
  it('the catalogue has both texts for every code', () => {
    for (const [code, def] of Object.entries(ratingMessages.catalogue)) {
      expect(typeof def.zh, code).toBe('function');
      expect(typeof def.en, code).toBe('function');
    }
  });
});

describe('one envelope, one policy', () => {
  it('every result has the envelope', () => {
    for (const r of [
      gradeFromScore(950, { asOf }),
      ratingEligibility(CLEAN, { asOf, target: '4A' }),
      ratingStatus(CLEAN, { asOf }),
      ratingBenefits('4A', { asOf }),
      projectCompliance({ staff: [{ socialWorkDegree: true }], laborCost: 80, budget: 100 }, { asOf }),
    ]) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(['kind', 'outcome', 'asOf', 'profile', 'engine', 'warnings', 'missing', 'explanation']),
      );
      expect(r.engine).toMatchObject({ name: 'huaian-social-work', domain: 'ratings' });
      expect(r.profile).toEqual({ id: 'jiangsu', version: '2026.1.0' });
    }
  });
  it('options are read the same way everywhere', () => {
    for (const f of [
      () => gradeFromScore(950, { asOf, lang: 'zh' } as never),
      () => ratingStatus(CLEAN, { asOf, explain: true } as never),
      () => ratingBenefits('4A', { asOf, target: '4A' } as never),
    ]) {
      expect(refusal(f).code).toBe('unknown_option');
    }
    expect(refusal(() => ratingEligibility(CLEAN, { asof: asOf } as never)).zh).toContain('是否应为「asOf」');
    expect(refusal(() => ratingStatus(CLEAN, { asOf, profile: 3 } as never)).code).toBe('invalid_profile_option');
  });
  it('/ratings does not import the coverage engine (coverage imports /ratings)', () => {
    for (const f of readdirSync(new URL('../../src/ratings/', import.meta.url), { recursive: true }) as string[]) {
      if (!f.endsWith('.ts')) continue;
      expect(readFileSync(new URL(`../../src/ratings/${f}`, import.meta.url), 'utf8'), f).not.toMatch(
        /from '(\.\.\/)+coverage\//,
      );
    }
  });
});
