// ratingStatus: validity (art. 28), the re-evaluation window (art. 29), 视为无评估等级, the grounds of art. 30 and
// the certificate return of art. 33 (15 日, counted as in 民法典 arts. 201–203).
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/core/index.js';
import { ratingStatus, ratingStatusBatch } from '../../src/ratings/index.js';
import { CLEAN, finding, refusal } from './support.js';

const status = (org: object, asOf: string) => ratingStatus(org, { asOf });

describe('ratingStatus', () => {
  it('valid, then in its window, then expired: 视为无评估等级', () => {
    expect(status(CLEAN, '2024-06-30')).toMatchObject({
      outcome: 'computed',
      state: 'valid',
      grade: '4A',
      validity: { renewalOpen: false, renewalOpensOn: '2024-07-01', expiresOn: '2026-06-30' },
    });
    expect(explain(status(CLEAN, '2024-07-01')).split('\n')[0]).toBe(
      '四级：有效，可申请重新评估（有效期至2026-06-30）',
    );
    const expired = status(CLEAN, '2026-07-01');
    expect(expired).toMatchObject({ outcome: 'computed', state: 'expired', findings: [] });
    expect(explain(expired)).toContain('有效期已于2026-06-30届满，未重新评估的视为无评估等级');
    expect(explain(expired, { lang: 'en' }).split('\n')[0]).toBe('4A: expired: deemed to have no grade');
  });
  it('no grade and no decision: not applicable; a grade without its date: undetermined', () => {
    expect(status({ kind: 'social_work_service_agency' }, '2026-01-01')).toMatchObject({
      outcome: 'not_applicable',
      state: 'none',
    });
    expect(status({ kind: 'social_work_service_agency', rating: '3A' }, '2026-01-01')).toMatchObject({
      outcome: 'undetermined',
      state: 'unknown',
      missing: ['ratedOn'],
    });
  });
  it('the grounds of art. 30(3)-(5) its records show are findings for the department (fail)', () => {
    const basic = status({ ...CLEAN, annualInspections: { 2024: '基本合格', 2025: '基本合格' } }, '2026-03-01');
    expect(basic.outcome).toBe('fail');
    expect(finding(basic.findings, 'ratings.sanction.basic')).toMatchObject({
      outcome: 'fail',
      citation: { article: '第三十条第三项' },
    });
    expect(
      finding(
        status({ ...CLEAN, annualInspections: { 2024: '合格', 2025: '未参加年度检查' } }, '2026-03-01').findings,
        'ratings.sanction.inspection',
      ).outcome,
    ).toBe('fail');
    const pen = status(
      { ...CLEAN, penalties: [{ decidedOn: '2023-05-01', kind: '警告', executedOn: '2023-05-01' }] },
      '2026-03-01',
    );
    expect(finding(pen.findings, 'ratings.sanction.penalty')).toMatchObject({
      outcome: 'fail',
      zh: '2023-05-01受到行政处罚（警告）：属于第三十条第五项，由民政部门降低评估等级，情节严重的取消',
    });
    // A penalty before the grade was awarded is not a ground against it.
    expect(
      finding(
        status({ ...CLEAN, penalties: [{ decidedOn: '2021-01-01', executed: true }] }, '2026-03-01').findings,
        'ratings.sanction.penalty',
      ).outcome,
    ).toBe('pass');
    expect(
      status({ ...CLEAN, annualInspections: { 2025: '合格' }, penalties: undefined }, '2026-03-01').missing,
    ).toEqual(['penalties']);
  });
  it('a certificate returned within 15 日 of the notice (art. 33), the last day moved off the 国庆 holiday', () => {
    const sanction = { kind: 'lowered', decidedOn: '2025-09-15', noticeReceivedOn: '2025-09-20' };
    const org = { ...CLEAN, rating: '3A', ratingSanctions: [sanction] };
    const pending = finding(status(org, '2025-10-01').findings, 'ratings.certificateReturn');
    expect(pending).toMatchObject({ outcome: 'pass', date: '2025-10-09' });
    expect(pending.zh).toContain('尚余8日');
    expect(pending.zh).toContain('第15日2025-10-05是国庆节、中秋节假期，顺延至其后的第一个工作日');
    expect(finding(status(org, '2025-10-09').findings, 'ratings.certificateReturn').outcome).toBe('pass');
    const overdue = status(org, '2025-10-10');
    expect(overdue.outcome).toBe('fail');
    expect(finding(overdue.findings, 'ratings.certificateReturn').zh).toContain(
      '逾期，拒不退回（换）的由民政部门公告作废',
    );
    expect(
      finding(
        status({ ...org, ratingSanctions: [{ ...sanction, returnedOn: '2025-10-09' }] }, '2025-12-01').findings,
        'ratings.certificateReturn',
      ).outcome,
    ).toBe('pass');
    expect(
      finding(
        status({ ...org, ratingSanctions: [{ ...sanction, returnedOn: '2025-10-10' }] }, '2025-12-01').findings,
        'ratings.certificateReturn',
      ).outcome,
    ).toBe('fail');
    expect(
      status({ ...org, ratingSanctions: [{ kind: 'cancelled', decidedOn: '2025-09-15' }] }, '2025-12-01'),
    ).toMatchObject({ state: 'cancelled', outcome: 'undetermined', missing: ['ratingSanctions.0.noticeReceivedOn'] });
  });
  it('a batch and bad input', () => {
    const r = ratingStatusBatch([CLEAN, { ...CLEAN, ratedOn: 'x' }, { kind: 'social_work_service_agency' }], {
      asOf: '2026-03-01',
    });
    expect(r.rows.map((x) => x.outcome)).toEqual(['computed', 'error', 'not_applicable']);
    expect(r.counts).toMatchObject({ total: 3, computed: 1, error: 1, not_applicable: 1 });
    expect(
      refusal(() => status({ ...CLEAN, ratingSanctions: [{ kind: 'revoked', decidedOn: '2025-01-01' }] }, '2026-01-01'))
        .path,
    ).toEqual(['ratingSanctions', 0, 'kind']);
  });
});
