// How each engine builds its input records from the entities (pick / extend / required / partial), and the round
// trip the issue asks for: a record parsed by an entity parser passes to the engine's record without renaming.
// These are sketches for the engine engineers, not the engines' final records.
import { describe, expect, it } from 'vitest';
import { fields } from '../../src/core/record.js';
import {
  associationEventRecord,
  associationPostRecord,
  committeeChecklistResultRecord,
  organizationRecord,
  parseOrganization,
  parsePartyOrganization,
  parsePerson,
  parseSocialWorkRoom,
  parseSocialWorkStation,
  parseVolunteerTeam,
  partyOrganizationRecord,
  personRecord,
  socialWorkStationRecord,
  traineeRecord,
  divisionCodeField,
  volunteerTeamRecord,
} from '../../src/entities/index.js';
import { label } from '../../src/entities/fields.js';
import { valid } from './fixtures.js';

const strip = { unknownKeys: 'strip' } as const;

// salary: a roster row (unknown columns ignored), post, education and start of service required; a host id may be a number.
const worker = personRecord
  .pick('worker', ['name', 'post', 'education', 'serviceStart', 'certificate', 'assessments'])
  .required('worker', ['post', 'education', 'serviceStart'])
  .extend('worker', label('社区工作者', 'Community worker'), { id: fields.id().optional().label('编号', 'Id') }, strip)
  .partial('worker', ['name']);

// coverage: the registry's collections (coverage checks 单独组建 covering one unit itself, as a notice).
const coverageOrganization = organizationRecord
  .partial('coverage-organization', ['name'])
  .required('coverage-organization', ['employeeCount', 'formalPartyMembers']);
const coveragePartyOrganization = partyOrganizationRecord
  .partial('coverage-party-organization', ['name', 'formalPartyMembers', 'probationaryPartyMembers'])
  .required('coverage-party-organization', ['divisionCode', 'establishedOn']);
const coverageVolunteerTeam = volunteerTeamRecord
  .partial('coverage-volunteer-team', ['name', 'scope', 'memberCount'])
  .required('coverage-volunteer-team', ['establishedOn']);
const coverageStation = socialWorkStationRecord
  .extend('coverage-station', label('社会工作站（室）', 'Social work station or room'), {
    divisionCode: divisionCodeField(['township', 'village']).label('所在区划代码', 'Division code'),
    stationId: fields.text().optional().label('所属社会工作站', 'Social work station'),
  })
  .partial('coverage-station', ['name'])
  .required('coverage-station', ['establishedOn']);
const communityWorker = personRecord
  .pick('community-worker', ['id', 'divisionCode', 'certificate', 'employedFrom', 'employedUntil'])
  .required('community-worker', ['divisionCode'])
  .extend('community-worker', label('社区工作者', 'Community worker'), {}, strip);

// associations: every candidate field optional (a missing one makes its rules undetermined), plus the facts of this candidacy.
const candidate = personRecord.partial('candidate').extend('candidate', label('负责人人选', 'Candidate'), {
  priorTerms: fields.integer({ min: 0, max: 100 }).optional().label('已连任届数', 'Consecutive terms served'),
  reviewDate: fields.date().optional().label('任前审核日期', 'Review date'),
  individualMember: fields.boolean().optional().label('是否个人会员', 'Individual member'),
});
const association = organizationRecord.partial('association', ['name', 'kind', 'divisionCode']);

describe('engine inputs built from the entities, one vocabulary', () => {
  it('salary: a community worker parsed as a person is a worker', () => {
    const person = parsePerson(valid.person);
    const w = worker.parse(person);
    expect(w).toEqual({
      id: 'w1',
      name: '张三',
      post: 'principal',
      education: 'bachelor',
      serviceStart: '2015-03-01',
      certificate: { level: 'intermediate', obtained: '2020-06-30' },
      assessments: { '2023': 'excellent', '2024': 'pass' },
    });
    expect(worker.parse({ id: 7, post: '正职', education: '本科', serviceStart: '2020-03-15', 备注: 'x' })).toEqual({
      id: 7,
      post: 'principal',
      education: 'bachelor',
      serviceStart: '2020-03-15',
    });
    const r = worker.safeParse({ post: '正职' });
    expect(!r.success && r.error.issues.map((i) => i.zh)).toEqual([
      '缺少必填字段「最高学历」',
      '缺少必填字段「参加社区工作时间」',
    ]);
  });

  it('coverage: entity records are registry rows without renaming', () => {
    const org = {
      id: 'e1',
      name: '某科技公司',
      kind: 'non_public_enterprise',
      divisionCode: '320803001',
      employeeCount: 60,
      formalPartyMembers: 2,
      fixedSite: true,
      inBusiness: true,
    };
    expect(coverageOrganization.parse(parseOrganization(org))).toEqual(org);
    expect(coverageOrganization.safeParse({ ...org, employeeCount: undefined }).success).toBe(false);
    const po = parsePartyOrganization(valid.partyOrganization);
    expect(coveragePartyOrganization.parse(po)).toEqual(po);
    expect(
      coveragePartyOrganization.parse({
        id: 'p9',
        level: 'branch',
        formation: 'standalone',
        coveredUnitIds: ['e1', 'e2'],
        divisionCode: '320803001',
        establishedOn: '2024-07-01',
      }).formation,
    ).toBe('standalone');
    const team = parseVolunteerTeam(valid.volunteerTeam);
    expect(coverageVolunteerTeam.parse(team)).toEqual(team);
    for (const site of [
      parseSocialWorkStation(valid.socialWorkStation),
      parseSocialWorkRoom({ ...valid.socialWorkRoom, establishedOn: '2022-05-01' }),
    ])
      expect(coverageStation.parse(site)).toEqual(site);
    expect(communityWorker.parse(parsePerson(valid.person))).toEqual({
      id: 'w1',
      divisionCode: '320803001001',
      certificate: { level: 'intermediate', obtained: '2020-06-30' },
      employedFrom: '2015-03-01',
    });
    expect(associationEventRecord.parse(valid.associationEvent)).toEqual(valid.associationEvent);
    expect(traineeRecord.parse(valid.trainee)).toEqual(valid.trainee);
    expect(committeeChecklistResultRecord.parse(valid.committeeChecklistResult)).toEqual(
      valid.committeeChecklistResult,
    );
  });

  it('associations: a person is a candidate, an organization an association, a post a registry entry', () => {
    const person = parsePerson(valid.candidate);
    expect(candidate.parse(person)).toEqual(person);
    expect(candidate.parse({ birthDate: '1960-05-01', priorTerms: 1 })).toEqual({
      birthDate: '1960-05-01',
      priorTerms: 1,
    });
    expect(candidate.safeParse({ birthdate: '1960-05-01' }).success).toBe(false);
    expect(association.parse(parseOrganization(valid.organization)).termYears).toBe(5);
    expect(association.parse({ id: 'A1', management: 'decoupled', termYears: 5 })).toEqual({
      id: 'A1',
      management: 'decoupled',
      termYears: 5,
    });
    expect(associationPostRecord.parse({ personId: 'p1', associationId: 'B7', role: 'president' }).role).toBe(
      'president',
    );
  });
});
