// The review's records are built from /entities: validation with bilingual errors named by field labels, entity
// records passing without renaming (the round trip), and the generated fast check equal to the zod reference on
// 10,000 generated values per record (fixed seed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  associationRecord,
  candidateRecord,
  parseAssociation,
  parseCandidate,
  reviewCandidate,
  reviewSlate,
  safeParseAssociation,
  safeParseCandidate,
  slateSeatRecord,
} from '../../src/associations/index.js';
import type { PolicyIssue, SafeParseResult } from '../../src/core/errors.js';
import type { RecordDef } from '../../src/core/record.js';
import { schemaParse } from '../../src/core/record-zod.js';
import { parseAssociationPost, parseOrganization, parsePerson, personRecord } from '../../src/entities/index.js';
import { residentIdCheckChar } from '../../src/validators/index.js';
import { CUSTOM_SAMPLES, nearValidRecord, validRecord, variantOf } from '../support/record-arbitrary.js';
import { valid } from '../entities/fixtures.js';
import { ASSOCIATION, ELECTION, OK, RETIRED, errorCode } from './fixtures.js';

describe('a candidate is a person (every field optional) plus the facts the rules declare', () => {
  it('has every person field, and the rules’ own fields', () => {
    for (const name of Object.keys(personRecord.fields)) expect(candidateRecord.fields[name], name).toBeDefined();
    for (const name of [
      'priorTerms',
      'appointment',
      'termExtension',
      'reviewDate',
      'publicNotice',
      'remunerated',
      'specialNeedApproval',
      'previousElectionDate',
      'individualMember',
      'extra',
    ]) {
      expect(candidateRecord.fields[name], name).toBeDefined();
    }
    expect(Object.values(candidateRecord.fields).every((f) => !f.required)).toBe(true);
    expect(candidateRecord.fields.priorTerms!.label).toEqual({ zh: '已连任届数', en: 'Consecutive terms served' });
  });

  it.each([
    ['an unknown field (typo)', { birthdate: '1960-01-01' }, 'unrecognized_keys', []],
    ['an impossible date', { birthDate: '2023-02-29' }, 'invalid_date', ['birthDate']],
    [
      'a resident ID with a wrong check digit',
      { residentId: '320802195605201230' },
      'invalid_check_digit',
      ['residentId'],
    ],
    ['a resident ID of the wrong length', { residentId: '3208021956052' }, 'invalid_format', ['residentId']],
    ['a negative term count', { priorTerms: -1 }, 'out_of_range', ['priorTerms']],
    ['a fractional term count', { priorTerms: 1.5 }, 'invalid_type', ['priorTerms']],
    ['a string for a boolean', { politicalRightsDeprived: 'no' }, 'invalid_type', ['politicalRightsDeprived']],
    ['an unknown civil-servant status', { civilServant: 'retired' }, 'unknown_enum_value', ['civilServant']],
    [
      'an approval of an unknown kind',
      { retiredCadre: true, cadreApproval: { kind: 'verbal', date: '2020-02-01' } },
      'unknown_enum_value',
      ['cadreApproval', 'kind'],
    ],
    [
      'a retirement date for someone not a retired cadre',
      { retiredCadre: false, retirementDate: '2020-01-01' },
      'inconsistent',
      ['retirementDate'],
    ],
    [
      'an unknown post in associationPosts',
      { associationPosts: [{ associationId: 'B', role: 'chair' }] },
      'unknown_enum_value',
      ['associationPosts', 0, 'role'],
    ],
    [
      'a notice that ends before it starts',
      { publicNotice: { from: '2026-05-21', to: '2026-05-20' } },
      'out_of_range',
      ['publicNotice', 'to'],
    ],
    ['a function in extra', { extra: { f: () => 1 } }, 'invalid_type', ['extra', 'f']],
    [
      'a birth date that contradicts the resident ID',
      { residentId: '32080219560520123X', birthDate: '1956-05-21' },
      'inconsistent',
      ['birthDate'],
    ],
  ])('refuses %s, naming the field by its label', (_what, input, code, path) => {
    const r = safeParseCandidate(input);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.code).toBe(code);
      expect(r.error.path).toEqual(path);
      // Entirely Chinese, but for the input echoed back in 「」 and the word JSON.
      expect(r.error.zh.replace(/「[^」]*」/g, '').replace('JSON', '')).not.toMatch(/[A-Za-z]{3,}/);
    }
    expect(errorCode(() => parseCandidate(input))).toBe(code);
    expect(
      errorCode(() => reviewCandidate(input, { role: 'president', association: ASSOCIATION, electionDate: ELECTION })),
    ).toBe(code);
  });

  it('never echoes a resident ID in an error; the output masks it and fills the birth date', () => {
    const id = '320802195605201230';
    const r = safeParseCandidate({ residentId: id });
    expect(!r.success && JSON.stringify(r.error.issues)).not.toContain(id);
    expect(parseCandidate({ residentId: '32080219560520123X' })).toEqual({
      residentId: '320802********123X',
      birthDate: '1956-05-20',
      sex: 'male',
    });
  });

  it('accepts valid input unchanged', () => {
    expect(parseCandidate(OK)).toEqual(OK);
    expect(parseCandidate(RETIRED)).toEqual(RETIRED);
    expect(parseAssociation(ASSOCIATION)).toEqual(ASSOCIATION);
    expect(safeParseAssociation({ id: 'A', termYears: 0 }).success).toBe(false);
  });
});

describe('round trip: records parsed with /entities pass to the review without renaming', () => {
  it('a parsed person (masked resident ID included) is a candidate, an organization an association, a post a register row', () => {
    const residentId = id('11010519600501002');
    const person = parsePerson({ ...valid.candidate, residentId });
    expect(person.residentId).toBe(`110105********002${residentId.slice(-1)}`);
    expect(parseCandidate(person)).toEqual(person);
    const org = parseOrganization({
      ...valid.organization,
      kind: 'industry_association',
      rating: undefined,
      ratedOn: undefined,
      national: false,
    });
    expect(parseAssociation(org)).toEqual(org);
    const post = parseAssociationPost({ personId: 'c9', associationId: 'A9', role: 'president' });
    const r = reviewCandidate(person, {
      role: 'president',
      association: org,
      electionDate: ELECTION,
      registry: [post],
    });
    expect(r.person).toEqual({ id: 'c9', name: '王五', residentId: person.residentId });
    expect(JSON.stringify(r)).not.toContain(residentId);
    expect(r.findings.find((f) => f.rule === 'eligibility.age')?.inputs.birthDate).toBe('1960-05-01');
    // The entity's own post list and the register both name A9, which is another association than o1.
    expect(r.findings.find((f) => f.rule === 'posts.exclusive')?.outcome).toBe('fail');
    const slate = reviewSlate([{ role: 'secretary_general', candidate: person }], {
      association: org,
      electionDate: ELECTION,
    });
    expect(slate.rows[0]!.outcome).not.toBe('error');
  });
});

const RUNS = 10_000;
const SEED = 20261129;
const id = (first17: string) => first17 + residentIdCheckChar(first17);
CUSTOM_SAMPLES['resident-id'] ??= ['11010519491231002X', id('32080219900101123')];
CUSTOM_SAMPLES['resident-id-or-masked'] = [
  '11010519491231002X',
  '11010519491231002x',
  id('32080219900101123'),
  '110105********002X',
  '110105********002x',
  '3208021990010112',
];
CUSTOM_SAMPLES['json-object'] = [
  {},
  { debtOverdue: true },
  { years: 2, list: [1, 'a', null] },
  { nested: { a: { b: [] } } },
  [],
  'x',
];
CUSTOM_SAMPLES['division-code'] ??= ['320800', '320803001', '320803001001'];
CUSTOM_SAMPLES['uscc'] ??= ['52320800MJ000000XP', '91110108551385082Q'];

function outcome(r: SafeParseResult<unknown>): { ok: unknown } | { issues: string[] } {
  return r.success
    ? { ok: r.data }
    : {
        issues: [...r.error.issues]
          .map((i: PolicyIssue) => `${JSON.stringify(i.path)} ${i.code} ${i.zh} | ${i.en}`)
          .sort(),
      };
}

describe('fast check ≡ zod reference (10,000 values per record, fixed seed)', () => {
  const bases: [RecordDef<unknown>, readonly Record<string, unknown>[]][] = [
    [
      candidateRecord as RecordDef<unknown>,
      [OK, RETIRED, valid.candidate, { residentId: '11010519491231002X', birthDate: '1949-12-31' }],
    ],
    [associationRecord as RecordDef<unknown>, [ASSOCIATION, { id: 'A2', national: true, management: 'decoupled' }]],
    [
      slateSeatRecord as RecordDef<unknown>,
      [
        { role: 'president', candidate: OK },
        { role: '会长', candidate: RETIRED },
      ],
    ],
  ];
  it.each(bases.map(([rec, b]) => [rec.name, rec, b] as const))('%s', (name, rec, b) => {
    const values = fc.oneof(validRecord(rec), nearValidRecord(rec), fc.anything(), ...b.map((x) => variantOf(rec, x)));
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(values, (value) => {
        const fast = rec.safeParse(value, [3]);
        expect(outcome(fast)).toEqual(outcome(schemaParse(rec, value, [3])));
        if (fast.success) accepted++;
        else refused++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    console.log(`${name}: ${accepted + refused} values, ${accepted} accepted, ${refused} refused`);
    expect(accepted + refused).toBe(RUNS);
    expect(accepted).toBeGreaterThan(RUNS / 20);
    expect(refused).toBeGreaterThan(RUNS / 20);
  });
});
