import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addYears, fullYearsBetween, isPolicyError } from '../../src/core/index.js';
import {
  parseAssociation,
  parseCandidate,
  parseSlate,
  reviewCandidate,
  safeParseAssociation,
  safeParseCandidate,
  safeParseSlate,
} from '../../src/associations/index.js';
import { anniversary, fullYears } from '../../src/associations/dates.js';
import { isAssociationFast, isCandidateFast, isRegistryFast, safeParseRegistryEntries } from '../../src/associations/schema.js';
import { ASSOCIATION, ELECTION, OK, errorCode } from './fixtures.js';

const review = (c: unknown, extra: Record<string, unknown> = {}) => reviewCandidate(c, { role: 'president', association: ASSOCIATION, electionDate: ELECTION, ...extra });

describe('candidate input is validated, with bilingual errors', () => {
  it.each([
    ['an unknown field (typo)', { birthdate: '1960-01-01' }, 'unrecognized_keys', []],
    ['an impossible date', { birthDate: '2023-02-29' }, 'invalid_date', ['birthDate']],
    ['a resident ID with a wrong check digit', { residentId: '320802195605201230' }, 'invalid_check_digit', ['residentId']],
    ['a resident ID of the wrong length', { residentId: '3208021956052' }, 'invalid_format', ['residentId']],
    ['a resident ID with an impossible birth date', { residentId: '32080219561320123X' }, 'invalid_date', ['residentId']],
    ['a negative term count', { priorTerms: -1 }, 'out_of_range', ['priorTerms']],
    ['a fractional term count', { priorTerms: 1.5 }, 'invalid_type', ['priorTerms']],
    ['a string for a boolean', { politicalRightsDeprived: 'no' }, 'invalid_type', ['politicalRightsDeprived']],
    ['an unknown civil-servant status', { civilServant: 'retired' }, 'unknown_enum_value', ['civilServant']],
    ['true for retiredCadre', { retiredCadre: true }, 'invalid', ['retiredCadre']],
    ['an approval of an unknown type', { retiredCadre: { retirementDate: '2020-01-01', approval: { type: 'verbal', date: '2020-02-01' } } }, 'unknown_enum_value', ['retiredCadre', 'approval', 'type']],
    ['an unknown role in otherPosts', { otherPosts: [{ association: 'B', role: 'chair' }] }, 'unknown_enum_value', ['otherPosts', 0, 'role']],
    ['a notice that ends before it starts', { publicNotice: { from: '2026-05-21', to: '2026-05-20' } }, 'out_of_range', ['publicNotice']],
    ['a function in extra', { extra: { f: () => 1 } }, 'invalid', ['extra', 'f']],
    ['an empty member unit', { memberUnit: '' }, 'out_of_range', ['memberUnit']],
  ])('%s', (_what, input, code, path) => {
    const r = safeParseCandidate(input);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.code).toBe(code);
      expect(r.error.path).toEqual(path);
      expect(r.error.zh.length).toBeGreaterThan(0);
      expect(r.error.en.length).toBeGreaterThan(0);
    }
    expect(errorCode(() => parseCandidate(input))).toBe(code);
    expect(errorCode(() => review(input))).toBe(code);
  });

  it('never echoes a resident ID in an error', () => {
    const id = '320802195605201230';
    try {
      parseCandidate({ residentId: id });
    } catch (e) {
      expect(JSON.stringify((e as { toJSON(): unknown }).toJSON())).not.toContain(id);
    }
    expect.assertions(1);
  });

  it('review errors carry the path of the option', () => {
    const path = (fn: () => unknown): unknown => {
      try {
        fn();
      } catch (e) {
        if (isPolicyError(e)) return [e.code, e.path];
        throw e;
      }
      return undefined;
    };
    expect(path(() => review({ birthDate: '1960-13-01' }))).toEqual(['invalid_date', ['candidate', 'birthDate']]);
    expect(path(() => reviewCandidate(OK, { role: 'chair' as never, association: ASSOCIATION, electionDate: ELECTION }))).toEqual(['unknown_enum_value', ['role']]);
    expect(path(() => reviewCandidate(OK, { role: 'president', association: ASSOCIATION, electionDate: '2026/05/20' }))).toEqual(['invalid_format', ['electionDate']]);
    expect(path(() => reviewCandidate(OK, { role: 'president', association: { id: '' }, electionDate: ELECTION }))).toEqual(['out_of_range', ['association', 'id']]);
    expect(path(() => review(OK, { asOf: 'today' }))).toEqual(['invalid_format', ['asOf']]);
    expect(path(() => review(OK, { phase: 'during' }))).toEqual(['unknown_enum_value', ['phase']]);
    expect(path(() => review(OK, { profile: 'national-2015' }))).toEqual(['invalid_type', ['profile']]);
    expect(path(() => reviewCandidate(OK, undefined as never))).toEqual(['required', []]);
  });

  it('cross-checks what a schema cannot see', () => {
    expect(errorCode(() => review({ birthDate: '2026-05-21' }))).toBe('out_of_range');
    expect(errorCode(() => review({ residentId: '32080219560520123X', birthDate: '1956-05-21' }))).toBe('inconsistent');
    expect(errorCode(() => review({ retiredCadre: { retirementDate: '2026-06-01' } }))).toBe('out_of_range');
  });

  it('accepts valid input unchanged', () => {
    expect(parseCandidate(OK)).toEqual(OK);
    expect(parseAssociation(ASSOCIATION)).toEqual(ASSOCIATION);
    expect(safeParseAssociation({ id: 'A', termYears: 0 }).success).toBe(false);
    expect(parseSlate([{ role: 'president', candidate: OK }])).toHaveLength(1);
    expect(safeParseSlate([{ role: 'president', candidate: { ...OK, x: 1 } }]).success).toBe(false);
  });
});

// Arbitrary values shaped like candidates: mostly valid, with every kind of wrong value mixed in.
const date = fc.oneof(
  fc.constantFrom('1956-02-29', '2023-02-29', '2026-05-20', '1960-13-01', '2026-5-20', '0000-01-01', '9999-12-31', ''),
  fc.tuple(fc.integer({ min: 0, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.string({ maxLength: 3 }), fc.boolean(), fc.constant([]), fc.constant({}), fc.double());
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: junk });
const json: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 });
const candidateLike = fc.record(
  {
    personId: maybe(fc.string({ maxLength: 4 })),
    name: maybe(fc.string({ maxLength: 4 })),
    residentId: maybe(fc.constantFrom('32080219560520123X', '320802195605201230', '11010519491231002X', '1101051949123100')),
    birthDate: maybe(date),
    memberUnit: maybe(fc.oneof(fc.string({ maxLength: 3 }), fc.constant(null))),
    priorTerms: maybe(fc.oneof(fc.integer({ min: -2, max: 102 }), fc.double({ min: 0, max: 5 }))),
    appointment: maybe(fc.constantFrom('elected', 'hired', 'appointed')),
    termExtension: maybe(fc.record({ vote2of3: maybe(fc.boolean()), registrationApproval: maybe(fc.boolean()) }, { requiredKeys: [] })),
    civilServant: maybe(fc.constantFrom('none', 'serving', 'left_post_not_retired', 'retired')),
    retiredCadre: maybe(fc.oneof(fc.constant(false), fc.record({ retirementDate: maybe(date), approval: maybe(fc.record({ type: maybe(fc.constantFrom('approval', 'filing', 'x')), date: maybe(date) })) }, { requiredKeys: [] }))),
    politicalRightsDeprived: maybe(fc.boolean()),
    fullCivilCapacity: maybe(fc.boolean()),
    otherPosts: maybe(fc.array(fc.record({ association: maybe(fc.string({ maxLength: 2 })), role: maybe(fc.constantFrom('president', 'secretary_general', 'chair')) }), { maxLength: 2 })),
    reviewDate: maybe(date),
    publicNotice: maybe(fc.record({ from: maybe(date), to: maybe(date) })),
    extra: maybe(fc.dictionary(fc.string({ maxLength: 3 }), json, { maxKeys: 3 })),
    unknownKey: fc.constant(1),
  },
  { requiredKeys: [] },
);

describe('the fast acceptance check agrees with the zod schema', () => {
  it('property: isCandidateFast(x) exactly when the zod schema accepts x', () => {
    fc.assert(
      fc.property(candidateLike, (x) => {
        expect(isCandidateFast(x)).toBe(safeParseCandidate(x).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: isAssociationFast(x) exactly when the zod schema accepts x', () => {
    const assoc = fc.record(
      { id: maybe(fc.string({ maxLength: 2 })), name: maybe(fc.string()), management: maybe(fc.constantFrom('decoupled', 'direct_registration', 'supervised', 'territorial', 'x')), termYears: maybe(fc.integer({ min: -1, max: 101 })), extra: fc.constant(1) },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(assoc, (x) => void expect(isAssociationFast(x)).toBe(safeParseAssociation(x).success)), { numRuns: 2000 });
  });

  it('property: isRegistryFast(x) exactly when the zod schema accepts x', () => {
    const entry = fc.record(
      { association: maybe(fc.string({ maxLength: 2 })), role: maybe(fc.constantFrom('president', 'legal_representative', 'chair')), personId: maybe(fc.string({ maxLength: 2 })), extra: fc.constant(1) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(entry, { maxLength: 3 }), junk), (x) => void expect(isRegistryFast(x)).toBe(safeParseRegistryEntries(x).success)),
      { numRuns: 2000 },
    );
  });

  it('refuses what zod handles specially, leaving it to zod', () => {
    expect(isCandidateFast(new (class Candidate {})())).toBe(false);
    expect(isCandidateFast({ extra: { d: new Map() } })).toBe(false);
    expect(safeParseCandidate({ extra: { d: new Map() } }).success).toBe(false);
  });
});

describe('string date helpers agree with core', () => {
  it('property: anniversary = addYears and fullYears = fullYearsBetween', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60000 }), fc.integer({ min: 0, max: 40000 }), fc.integer({ min: 0, max: 120 }), (a, b, years) => {
        const from = fromOffset(a);
        const to = fromOffset(a + b);
        expect(anniversary(from, years)).toBe(addYears(from, years));
        expect(fullYears(from, to)).toBe(fullYearsBetween(from, to));
      }),
      { numRuns: 5000 },
    );
  });

  it('leap-day cases explicitly', () => {
    expect(anniversary('2020-02-29', 3)).toBe('2023-03-01');
    expect(anniversary('2020-02-29', 4)).toBe('2024-02-29');
    expect(fullYears('2020-02-29', '2023-02-28')).toBe(2);
    expect(fullYears('2020-02-29', '2023-03-01')).toBe(3);
    expect(fullYears('2020-02-29', '2024-02-28')).toBe(3);
    expect(fullYears('2020-02-29', '2024-02-29')).toBe(4);
  });

});

/** The date `n` days after 1900-01-01. */
function fromOffset(n: number): string {
  return addDays('1900-01-01', n);
}
