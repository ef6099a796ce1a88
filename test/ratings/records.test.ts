// The organization facts 社会组织评估 reads, added to the /entities record (one vocabulary), and the ratings inputs.
import { describe, expect, it } from 'vitest';
import { parseOrganization } from '../../src/entities/index.js';
import { projectStaffRecord, ratingOrganizationRecord, socialWorkProjectRecord } from '../../src/ratings/index.js';
import { refusal } from './support.js';

const base = { id: 'o1', name: '某社会工作服务中心', kind: '民办社会工作服务机构', divisionCode: '320812' };

describe('organization: the facts of an evaluation', () => {
  it('reads Chinese labels of every new field', () => {
    const o = parseOrganization({
      ...base,
      legalForm: '社会服务机构',
      registeredOn: '2016-03-01',
      annualInspections: { 2024: '基本合格', 2025: '未参加年度检查' },
      penalties: [{ decidedOn: '2025-04-01', kind: '警告', executed: true }],
      underInvestigation: false,
      ratingSanctions: [{ kind: '降低评估等级', decidedOn: '2025-05-01', noticeReceivedOn: '2025-05-03' }],
    });
    expect([o.kind, o.legalForm, o.annualInspections, o.ratingSanctions![0]!.kind]).toEqual([
      'social_work_service_agency',
      'private_non_enterprise',
      { 2024: 'basically_qualified', 2025: 'not_inspected' },
      'lowered',
    ]);
  });
  it('refuses what cannot be', () => {
    expect(refusal(() => parseOrganization({ ...base, kind: '非公有制企业', legalForm: '社会团体' })).path).toEqual([
      'legalForm',
    ]);
    expect(
      refusal(() => parseOrganization({ ...base, kind: '非公有制企业', volunteerServiceOrganization: true })).path,
    ).toEqual(['volunteerServiceOrganization']);
    expect(
      refusal(() => parseOrganization({ ...base, registeredOn: '2020-01-01', rating: '3A', ratedOn: '2019-12-31' }))
        .path,
    ).toEqual(['ratedOn']);
    expect(
      refusal(() =>
        parseOrganization({
          ...base,
          penalties: [{ decidedOn: '2025-04-01', executed: false, executedOn: '2025-04-02' }],
        }),
      ).path,
    ).toEqual(['penalties', 0, 'executedOn']);
    expect(
      refusal(() =>
        parseOrganization({
          ...base,
          ratingSanctions: [{ kind: 'lowered', decidedOn: '2025-05-01', returnedOn: '2025-04-30' }],
        }),
      ).path,
    ).toEqual(['ratingSanctions', 0, 'returnedOn']);
    expect(refusal(() => parseOrganization({ ...base, annualInspections: { 25: 'qualified' } })).code).toBe(
      'invalid_year',
    );
  });
});

describe('the ratings inputs', () => {
  it('an organization without id, name or division code, with the grade applied for', () => {
    expect(
      ratingOrganizationRecord.parse({
        kind: 'social_work_service_agency',
        target: '4A级',
        hasPartyOrganization: true,
      }),
    ).toEqual({ kind: 'social_work_service_agency', target: '4A', hasPartyOrganization: true });
    expect(refusal(() => ratingOrganizationRecord.parse({ kind: 'non_public_enterprise', rating: '3A' })).code).toBe(
      'inconsistent',
    );
  });
  it('project staff are people: a certificate and a social work degree', () => {
    expect(
      projectStaffRecord.parse({ name: '张三', certificate: { level: '社会工作师', obtained: '2022-01-01' } })
        .certificate?.level,
    ).toBe('intermediate');
    expect(socialWorkProjectRecord.parse({ staff: [], laborCost: 1, budget: '2.50' })).toEqual({
      staff: [],
      laborCost: '1',
      budget: '2.50',
    });
  });
});
