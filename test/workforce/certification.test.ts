// The 3-year certification rule of the Jiangsu 16条 (U31) on the exam conditions (U33), derived by hand: "满N年"
// counted from the start of community work as the Civil Code counts years (the period ends on the corresponding day,
// art. 202; the condition holds from the next day), the 3 years from the later of eligibility and hire (the default
// reading), the last day included (art. 1259), and the 16条's unknown date of effect.
import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../src/core/index.js';
import { certificationDeadline, workforceProfiles } from '../../src/workforce/index.js';
import { refusal } from './support.js';

// Hired after the 16条 was reported issued (2026-01-09): a new hire whatever its exact date of effect.
const OTHER_COLLEGE = {
  serviceStart: '2026-03-01',
  education: 'college_or_below',
  subBachelorEducation: 'college',
  socialWorkDegree: false,
} as const;
const huaian = workforceProfiles.get('huaian');

describe('eligibility and deadline', () => {
  it('其他专业大专 + 4 years: eligible the day after the 4th anniversary, the deadline 3 years on (included)', () => {
    const pending = certificationDeadline(OTHER_COLLEGE, { asOf: '2033-03-02' });
    expect([pending.eligibleFrom, pending.clockStart, pending.deadline, pending.status, pending.outcome]).toEqual([
      '2030-03-02',
      '2030-03-02',
      '2033-03-02',
      'pending',
      'pass',
    ]);
    expect(pending.route).toEqual({ level: 'assistant', education: ['college'], major: 'other', years: 4 });
    const overdue = certificationDeadline(OTHER_COLLEGE, { asOf: '2033-03-03' });
    expect([overdue.status, overdue.outcome, overdue.finding.zh]).toEqual([
      'overdue',
      'fail',
      expect.stringContaining('逾期未取得职业资格证书'),
    ]);
    const early = certificationDeadline(OTHER_COLLEGE, { asOf: '2030-03-01' });
    expect([early.status, early.outcome, early.eligibleFrom]).toEqual(['not_yet_eligible', 'pass', '2030-03-02']);
  });

  it('社会工作专业大专 + 2 years; 高中或中专 + 4 years (any major)', () => {
    expect(certificationDeadline({ ...OTHER_COLLEGE, socialWorkDegree: true }, { asOf: '2028-06-01' })).toMatchObject({
      eligibleFrom: '2028-03-02',
      deadline: '2031-03-02',
      status: 'pending',
    });
    const secondary = certificationDeadline(
      { serviceStart: '2026-03-01', education: '大专及以下', subBachelorEducation: '中专' },
      { asOf: '2030-06-01' },
    );
    expect([secondary.eligibleFrom, secondary.deadline, secondary.route?.major]).toEqual([
      '2030-03-02',
      '2033-03-02',
      'any',
    ]);
  });

  it('a social work fresh graduate is eligible on graduating; the 3 years run from the hire (default) or from graduating (the other reading)', () => {
    const w = {
      serviceStart: '2026-07-15',
      education: 'bachelor',
      educationObtained: '2026-06-30',
      socialWorkDegree: true,
    };
    const r = certificationDeadline(w, { asOf: '2027-01-01' });
    expect([r.eligibleFrom, r.clockStart, r.deadline, r.route?.freshGraduate]).toEqual([
      '2026-06-30',
      '2026-07-15',
      '2029-07-15',
      true,
    ]);
    expect(r.finding.zh).toContain('录用前已具备条件，自参加社区工作之日起算');
    const strict = withOverrides(huaian, { 'workforce.certification.clockStart': 'eligible' });
    expect(certificationDeadline(w, { asOf: '2027-01-01', profile: strict }).deadline).toBe('2029-06-30');
  });

  it('a master of another major: 其他专业本科及以上 + 2 years comes before 社会工作师 + 3', () => {
    const r = certificationDeadline(
      { serviceStart: '2026-03-01', education: '硕士', socialWorkDegree: false },
      { asOf: '2026-06-01' },
    );
    expect([r.eligibleFrom, r.route?.level, r.route?.years]).toEqual(['2028-03-02', 'assistant', 2]);
  });

  it('a social work doctorate is eligible for 社会工作师 with no years; an education obtained later than the years counts from its date', () => {
    const doctor = certificationDeadline(
      { serviceStart: '2026-09-01', education: 'doctorate', educationObtained: '2026-06-20', socialWorkDegree: true },
      { asOf: '2026-10-01' },
    );
    expect([doctor.eligibleFrom, doctor.route?.level, doctor.clockStart, doctor.deadline]).toEqual([
      '2026-06-20',
      'intermediate',
      '2026-09-01',
      '2029-09-01',
    ]);
    // 其他专业本科 + 2 years is met on 2028-03-02, but the degree only on 2029-07-01.
    const late = certificationDeadline(
      { serviceStart: '2026-03-01', education: 'bachelor', educationObtained: '2029-07-01', socialWorkDegree: false },
      { asOf: '2029-08-01' },
    );
    expect([late.eligibleFrom, late.deadline]).toEqual(['2029-07-01', '2032-07-01']);
  });

  it('29 February: the 2 years from 2028-02-29 end on 2030-02-28 (art. 202); a deadline from 29 February ends on 28 February', () => {
    expect(
      certificationDeadline(
        { ...OTHER_COLLEGE, serviceStart: '2028-02-29', socialWorkDegree: true },
        { asOf: '2030-06-01' },
      ),
    ).toMatchObject({ eligibleFrom: '2030-03-01', deadline: '2033-03-01' });
    expect(
      certificationDeadline(
        { serviceStart: '2026-02-28', education: 'bachelor', socialWorkDegree: false },
        { asOf: '2028-06-01' },
      ),
    ).toMatchObject({ eligibleFrom: '2028-02-29', deadline: '2031-02-28' });
  });
});

describe('certificates', () => {
  it('obtained on the last day is in time; the day after is late (a finding); a certificate dated after asOf is not yet held', () => {
    const on = certificationDeadline(
      { ...OTHER_COLLEGE, certificate: { level: '助理社会工作师', obtained: '2033-03-02' } },
      { asOf: '2034-01-01' },
    );
    expect([on.status, on.outcome, on.certifiedOn]).toEqual(['certified', 'pass', '2033-03-02']);
    const late = certificationDeadline(
      { ...OTHER_COLLEGE, certificate: { level: 'assistant', obtained: '2033-03-03' } },
      { asOf: '2034-01-01' },
    );
    expect([late.status, late.outcome]).toEqual(['certified_late', 'fail']);
    const future = certificationDeadline(
      { ...OTHER_COLLEGE, certificate: { level: 'assistant', obtained: '2031-05-01' } },
      { asOf: '2030-06-01' },
    );
    expect([future.status, future.certifiedOn]).toEqual(['pending', null]);
  });
  it('a certificate without its date: in time whenever obtained while the deadline has not passed; after it, the date is missing', () => {
    const w = { ...OTHER_COLLEGE, certificate: { level: 'assistant' } };
    expect(certificationDeadline(w, { asOf: '2033-03-02' })).toMatchObject({
      status: 'certified',
      outcome: 'pass',
      certifiedOn: null,
    });
    expect(certificationDeadline(w, { asOf: '2033-03-03' })).toMatchObject({
      status: 'undetermined',
      outcome: 'undetermined',
      missing: ['certificate.obtained'],
    });
  });
});

describe('who is bound: new hires under a 16条 whose date was not seen', () => {
  it('hired before 2024-03-28 (the central opinion it implements): not applicable; from 2026-01-09 (reported issued): bound', () => {
    const before = certificationDeadline({ ...OTHER_COLLEGE, serviceStart: '2024-03-27' }, { asOf: '2030-01-01' });
    expect([before.status, before.outcome, before.missing]).toEqual(['not_new_hire', 'not_applicable', []]);
    expect(before.warnings.map((w) => w.code)).toContain('provisional_parameter');
    expect(certificationDeadline({ ...OTHER_COLLEGE, serviceStart: '2026-01-09' }, { asOf: '2030-01-01' }).status).toBe(
      'not_yet_eligible',
    );
  });
  it('hired between the two: undetermined, the date of effect missing, until the host supplies it', () => {
    for (const start of ['2024-03-28', '2026-01-08']) {
      const r = certificationDeadline({ ...OTHER_COLLEGE, serviceStart: start }, { asOf: '2030-01-01' });
      expect([r.outcome, r.missing]).toEqual(['undetermined', ['parameter:workforce.rule.inForceFrom']]);
    }
    const known = withOverrides(huaian, { 'workforce.rule.inForceFrom': '2025-01-01' });
    expect(
      certificationDeadline({ ...OTHER_COLLEGE, serviceStart: '2024-12-31' }, { asOf: '2030-01-01', profile: known })
        .status,
    ).toBe('not_new_hire');
    const hired = certificationDeadline(
      { ...OTHER_COLLEGE, serviceStart: '2025-01-01' },
      { asOf: '2030-01-01', profile: known },
    );
    expect([hired.eligibleFrom, hired.deadline, hired.missing]).toEqual(['2029-01-02', '2032-01-02', []]);
  });
});

describe('missing facts and no route', () => {
  it('an education, its level below a bachelor\u2019s, the start of work: undetermined with the field', () => {
    expect(certificationDeadline({ serviceStart: '2026-03-01' }, { asOf: '2030-01-01' }).missing).toEqual([
      'education',
    ]);
    expect(
      certificationDeadline({ serviceStart: '2026-03-01', education: 'college_or_below' }, { asOf: '2030-01-01' })
        .missing,
    ).toEqual(['subBachelorEducation']);
    expect(certificationDeadline({ education: 'bachelor' }, { asOf: '2030-01-01' }).missing).toEqual(['serviceStart']);
  });
  it('the social work major changes the date: missing when not given, unless certified before the earlier deadline', () => {
    const w = { serviceStart: '2026-03-01', education: 'bachelor' };
    expect(certificationDeadline(w, { asOf: '2030-01-01' })).toMatchObject({
      outcome: 'undetermined',
      missing: ['socialWorkDegree'],
    });
    expect(
      certificationDeadline(
        { ...w, certificate: { level: 'assistant', obtained: '2027-01-01' } },
        { asOf: '2030-01-01' },
      ),
    ).toMatchObject({ outcome: 'pass', status: 'certified' });
    // 高中或中专: every route is for any major, so the major does not matter.
    expect(
      certificationDeadline(
        { serviceStart: '2026-03-01', education: 'college_or_below', subBachelorEducation: 'secondary' },
        { asOf: '2030-01-01' },
      ).missing,
    ).toEqual([]);
  });
  it('初中及以下: no exam condition fits, the 3 years never start (not applicable)', () => {
    const r = certificationDeadline(
      { serviceStart: '2026-03-01', education: 'college_or_below', subBachelorEducation: '初中' },
      { asOf: '2030-01-01' },
    );
    expect([r.status, r.outcome, r.deadline]).toEqual(['no_route', 'not_applicable', null]);
  });
  it('not in service on the date: not applicable', () => {
    expect(
      certificationDeadline({ ...OTHER_COLLEGE, employedUntil: '2029-12-31' }, { asOf: '2030-01-01' }).status,
    ).toBe('not_in_service');
    expect(certificationDeadline(OTHER_COLLEGE, { asOf: '2026-02-28' }).status).toBe('not_in_service');
  });
  it('refuses bad input and options with a PolicyError', () => {
    expect(refusal(() => certificationDeadline({ serviceStart: '2026-02-30' }, { asOf: '2030-01-01' })).code).toBe(
      'invalid_date',
    );
    expect(
      refusal(() =>
        certificationDeadline({ education: 'bachelor', subBachelorEducation: 'college' }, { asOf: '2030-01-01' }),
      ),
    ).toMatchObject({ code: 'inconsistent', path: ['subBachelorEducation'] });
    expect(refusal(() => certificationDeadline(OTHER_COLLEGE, { asof: '2030-01-01' } as never)).code).toBe(
      'unknown_option',
    );
    expect(refusal(() => certificationDeadline(OTHER_COLLEGE, { asOf: '2030-01-01', profile: 'jiangsu' })).code).toBe(
      'unknown_profile',
    );
    expect(refusal(() => certificationDeadline('张三', { asOf: '2030-01-01' })).code).toBe('invalid_type');
  });
  it('a host profile with a bad route table is refused at its path', () => {
    const bad = withOverrides(huaian, {
      'workforce.exam.routes': [{ level: 'assistant', education: ['college'], major: 'other' }],
    });
    expect(refusal(() => certificationDeadline(OTHER_COLLEGE, { asOf: '2030-01-01', profile: bad }))).toMatchObject({
      code: 'invalid_parameter_table',
      path: ['parameters', 'workforce.exam.routes', 'value', 0, 'years'],
    });
  });
});
