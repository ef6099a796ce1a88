// The registry's records: built from /entities (so an entity record passes without renaming), checked once by the
// registry reader (row-level errors), with the fast check of each coverage record ≡ its zod reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyIssue, SafeParseResult } from '../../src/core/errors.js';
import { isPolicyError } from '../../src/core/index.js';
import type { RecordDef } from '../../src/core/record.js';
import { schemaParse } from '../../src/core/record-zod.js';
import { computeCoverage, coverageCollections, coverageReport, type IndicatorId } from '../../src/coverage/index.js';
import {
  parseAssociationEvent,
  parseCommitteeChecklistItem,
  parseCommitteeChecklistResult,
  parseCommittee,
  parseOrganization,
  parsePartyOrganization,
  parsePerson,
  parseSocialWorkRoom,
  parseSocialWorkStation,
  parseTrainee,
  parseVolunteerTeam,
} from '../../src/entities/index.js';
import { CUSTOM_SAMPLES, nearValidRecord, validRecord, variantOf } from '../support/record-arbitrary.js';
import { valid } from '../entities/fixtures.js';
import { codeOf, hostTree, T_JIA_JIEDAO, V1 } from './fixtures.js';

const opts = { asOf: '2025-12-31', divisions: hostTree() };
const RUNS = 10_000;
const SEED = 20261129;

CUSTOM_SAMPLES['division-code'] ??= ['320000', '320800', '320803', '320800000000', '320803001', '320803001001'];

/** Known-good rows per collection (entity fixtures placed in the embedded tree), the bases of the variants. */
const BASES: Record<string, Readonly<Record<string, unknown>>> = {
  organizations: { ...valid.organization, divisionCode: '320812001' },
  partyOrganizations: valid.partyOrganization,
  volunteerTeams: valid.volunteerTeam,
  socialWorkStations: valid.socialWorkStation,
  socialWorkRooms: valid.socialWorkRoom,
  associationEvents: valid.associationEvent,
  trainees: valid.trainee,
  checklistItems: valid.committeeChecklistItem,
  checklistResults: valid.committeeChecklistResult,
  committees: valid.committee,
  communityWorkers: { ...valid.person, residentId: undefined },
};

function outcome(r: SafeParseResult<unknown>): { ok: unknown } | { issues: string[] } {
  return r.success
    ? { ok: r.data }
    : {
        issues: [...r.error.issues]
          .map((i: PolicyIssue) => `${JSON.stringify(i.path)} ${i.code} ${i.zh} | ${i.en}`)
          .sort(),
      };
}

describe('coverage records: fast check ≡ zod reference (10,000 values per record, fixed seed)', () => {
  it('every collection has a base', () => {
    expect(Object.keys(BASES).sort()).toEqual(
      coverageCollections()
        .map((c) => c.name)
        .sort(),
    );
  });

  it.each(coverageCollections().map((c) => [c.name, c.record] as const))('%s', (name, rec) => {
    const values = fc.oneof(validRecord(rec), nearValidRecord(rec), fc.anything(), variantOf(rec, BASES[name]!));
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(values, (value) => {
        const fast = rec.safeParse(value, [name, 3]);
        expect(outcome(fast)).toEqual(outcome(schemaParse(rec as RecordDef<unknown>, value, [name, 3])));
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

describe('entity records pass to computeCoverage without renaming (round trip)', () => {
  const tree = { asOf: '2025-12-31' };
  const org = parseOrganization({
    ...valid.organization,
    divisionCode: '320812001',
    kind: '非公有制企业',
    rating: undefined,
    ratedOn: undefined,
    inBusiness: true,
  });
  const po = parsePartyOrganization({ ...valid.partyOrganization, formation: 'standalone', coveredUnitIds: [org.id] });
  const registry = {
    organizations: [org],
    partyOrganizations: [po],
    volunteerTeams: [parseVolunteerTeam(valid.volunteerTeam)],
    socialWorkStations: [parseSocialWorkStation(valid.socialWorkStation)],
    socialWorkRooms: [parseSocialWorkRoom({ ...valid.socialWorkRoom, establishedOn: '2022-05-01' })],
    associationEvents: [parseAssociationEvent(valid.associationEvent)],
    trainees: [parseTrainee(valid.trainee)],
    checklistItems: [parseCommitteeChecklistItem(valid.committeeChecklistItem)],
    checklistResults: [parseCommitteeChecklistResult(valid.committeeChecklistResult)],
    committees: [parseCommittee(valid.committee)],
    communityWorkers: [parsePerson(valid.person)],
  };

  it('every collection of the registry takes its entity records as they are', () => {
    const report = coverageReport(registry, tree);
    expect(report.errors).toEqual([]);
    for (const row of report.rows) {
      if (row.outcome === 'error') throw new Error('an indicator failed');
      for (const [name, c] of Object.entries(
        (row as { records: Record<string, { read: number; errors: number }> }).records,
      )) {
        expect({ name, read: c.read, errors: c.errors }).toEqual({ name, read: 1, errors: 0 });
      }
    }
    const party = computeCoverage('party_coverage', registry, tree);
    expect([party.numerator, party.denominator]).toEqual([1, 1]);
    expect(computeCoverage('certification_rate', registry, tree).numerator).toBe(1);
    expect(computeCoverage('social_work_stations', registry, tree).measures.map((m) => m.numerator)).toEqual([1, 1]);
  });
});

describe('reading the registry', () => {
  it('a bad row is a row-level error with its path; the good rows still count; counts reconcile', () => {
    const r = computeCoverage(
      'social_work_stations',
      {
        socialWorkStations: [
          { id: 'S1', divisionCode: T_JIA_JIEDAO, establishedOn: '2023-02-29' },
          { id: 'S2', divisionCode: T_JIA_JIEDAO, establishedOn: '2023-01-01' },
          'junk',
        ],
      },
      opts,
    );
    expect(r.numerator).toBe(1);
    expect(r.errors.map((e) => [e.index, e.error.issues.map((i) => `${i.code}@${i.path.join('.')}`)])).toEqual([
      [0, ['invalid_date@socialWorkStations.0.establishedOn']],
      [2, ['invalid_type@socialWorkStations.2']],
    ]);
    expect(r.errors[0]!.error.zh).toContain('建成日期');
    expect(r.records.socialWorkStations).toEqual({ read: 3, counted: 1, outOfScope: 0, undetermined: 0, errors: 2 });
  });

  it("'trusted' skips the record checks but still places rows in the tree and refuses repeated keys", () => {
    const trusted = { ...opts, validate: 'trusted' as const };
    const r = computeCoverage(
      'social_work_stations',
      {
        socialWorkStations: [
          { id: 'S1', divisionCode: T_JIA_JIEDAO, establishedOn: '2023-01-01', colour: 'red' },
          { id: 'S1', divisionCode: 'nowhere' },
          null,
        ],
      },
      trusted,
    );
    expect(r.errors.map((e) => e.error.code)).toEqual(['unit_not_in_tree', 'row_not_object']);
    expect(r.numerator).toBe(1);
    const dup = computeCoverage(
      'social_work_stations',
      {
        socialWorkStations: [
          { id: 'S1', divisionCode: T_JIA_JIEDAO },
          { id: 'S1', divisionCode: T_JIA_JIEDAO },
        ],
      },
      trusted,
    );
    expect(dup.errors.map((e) => e.error.code)).toEqual(['duplicate_row']);
    // A row of the wrong shape under 'trusted' still ends in a PolicyError, never a TypeError.
    expect(
      codeOf(() =>
        computeCoverage(
          'party_coverage',
          { partyOrganizations: [{ id: 'P', coveredUnitIds: 5, establishedOn: '2020-01-01' }] },
          trusted,
        ),
      ),
    ).toBe('trusted_input_invalid');
  });

  it('a registry written for 0.1.0 is refused with the list of renames', () => {
    const old = {
      stations: [{ id: 's1', unit: T_JIA_JIEDAO, opened: '2023-05-01' }],
      organizations: [{ id: 'o', unit: V1, category: 'non_public_enterprise', employees: 10 }],
    };
    let err: unknown;
    try {
      computeCoverage('party_coverage', old, opts);
    } catch (e) {
      err = e;
    }
    expect(isPolicyError(err) && err.code).toBe('registry_outdated');
    const e = err as { en: string; zh: string };
    expect(e.en).toBe(
      'The registry was written for 0.1.0; rename: stations → socialWorkStations / socialWorkRooms; organizations.unit → divisionCode; organizations.category → kind; organizations.employees → employeeCount',
    );
    expect(e.zh).toContain('「stations」改为「socialWorkStations / socialWorkRooms」（社会工作站、社会工作室）');
  });

  it('an unknown collection is refused with the closest name; a collection that is not a list is refused', () => {
    let err: unknown;
    try {
      computeCoverage('party_coverage', { organisations: [] }, opts);
    } catch (e) {
      err = e;
    }
    expect(isPolicyError(err) && [err.code, err.path]).toEqual(['unknown_collection', ['organisations']]);
    expect((err as { en: string }).en).toContain('did you mean "organizations"');
    expect(codeOf(() => computeCoverage('social_work_stations', { socialWorkStations: { id: 'S1' } }, opts))).toBe(
      'collection_not_list',
    );
    expect(codeOf(() => computeCoverage('party_coverage', [], opts))).toBe('invalid_registry');
  });

  it('any input gives a result or a PolicyError, never another exception, NaN or a rate above 1', () => {
    const names = coverageCollections().map((c) => c.name);
    fc.assert(
      fc.property(
        fc.constantFrom<IndicatorId>(
          'party_coverage',
          'dual_review',
          'committee_standardization',
          'volunteer_teams',
          'social_work_stations',
          'certification_rate',
        ),
        fc.dictionary(fc.constantFrom(...names, 'x'), fc.array(fc.anything(), { maxLength: 4 })),
        fc.constantFrom('checked' as const, 'trusted' as const),
        (id, data, validate) => {
          try {
            const r = computeCoverage(id, data, { ...opts, validate });
            for (const m of r.measures) {
              expect(m.numerator).toBeLessThanOrEqual(m.denominator);
              expect(m.rate === null || (m.rate >= '0.0000' && m.rate <= '1.0000')).toBe(true);
            }
          } catch (e) {
            expect(isPolicyError(e)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
