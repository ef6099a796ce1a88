// Differential test of every entity record: the fast check (record.safeParse, generated from the field table) and
// the zod reference (schemaParse) give the same result on generated valid, near-valid and arbitrary values: the same
// normalised record, or the same issues (code, path, both texts). Fixed seed; the counts are printed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyIssue, SafeParseResult } from '../../src/core/errors.js';
import type { RecordDef } from '../../src/core/record.js';
import { schemaParse } from '../../src/core/record-zod.js';
import { entityRecords } from '../../src/entities/index.js';
import { residentIdCheckChar } from '../../src/validators/index.js';
import { CUSTOM_SAMPLES, nearValidRecord, validRecord, variantOf } from '../support/record-arbitrary.js';
import { valid } from './fixtures.js';

const RUNS = 10_000;
const SEED = 20261129;

const id = (first17: string) => first17 + residentIdCheckChar(first17);
const TOWNSHIPS = ['320803001', '320803101', '320812001', '320803001000', '320826203'];
const VILLAGES = ['320803001001', '320803101201', '320812001002', '320826203210'];
CUSTOM_SAMPLES['uscc'] = [
  '52320800MJ000000XP',
  '52320800mj000000xp',
  '91350100M000100Y43',
  '91110108551385082Q',
  '91310115591693856A',
];
CUSTOM_SAMPLES['resident-id'] = [
  '11010519491231002X',
  '11010519491231002x',
  id('32080219900101123'),
  id('32080320000229004'),
  id('44052418800101001'),
];
CUSTOM_SAMPLES['division-code'] = ['320000', '320800', '320803', '320800000000', ...TOWNSHIPS, ...VILLAGES];
CUSTOM_SAMPLES['division-code:township'] = TOWNSHIPS;
CUSTOM_SAMPLES['division-code:village'] = VILLAGES;
CUSTOM_SAMPLES['division-code:township|village'] = [...TOWNSHIPS, ...VILLAGES];

/** Known-good inputs per record, the bases of the variants. */
const BASES: Record<string, readonly Readonly<Record<string, unknown>>[]> = {
  'division-unit': [valid.divisionUnit, { code: '320800', name: '淮安市', kind: 'city', parent: '320000' }],
  organization: [valid.organization],
  'party-organization': [
    valid.partyOrganization,
    { ...valid.partyOrganization, formation: 'standalone', coveredUnitIds: ['o1'] },
  ],
  person: [valid.person, valid.candidate],
  'social-work-certificate': [valid.socialWorkCertificate],
  'volunteer-team': [valid.volunteerTeam],
  'social-work-station': [valid.socialWorkStation],
  'social-work-room': [valid.socialWorkRoom],
  center: [valid.center],
  'association-post': [valid.associationPost],
  'association-event': [valid.associationEvent],
  trainee: [valid.trainee],
  'committee-checklist-item': [valid.committeeChecklistItem],
  'committee-checklist-result': [valid.committeeChecklistResult],
  committee: [
    valid.committee,
    { kind: '居委会', divisionCode: '320803001001', memberCount: 7, households: 650, subcommitteeDutiesAssigned: true },
  ],
  petition: [valid.petition, { receivedOn: '2026-02-10', intake: '信访人直接提出', identityUnclear: true }],
  'people-suggestion': [valid.peopleSuggestion],
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

describe('entities: fast check ≡ zod reference (10,000 values per record, fixed seed)', () => {
  it('every record has bases for its variants', () => {
    expect(Object.keys(BASES).sort()).toEqual(entityRecords.map((r) => r.name).sort());
  });

  it.each(entityRecords.map((r) => [r.name, r] as const))('%s', (name, rec) => {
    const bases = BASES[name]!.map((b) => variantOf(rec, b));
    const values = fc.oneof(validRecord(rec), nearValidRecord(rec), fc.anything(), ...bases);
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(values, (value) => {
        const fast = rec.safeParse(value, [7]);
        expect(outcome(fast)).toEqual(outcome(schemaParse(rec as RecordDef<unknown>, value, [7])));
        if (fast.success) accepted++;
        else refused++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    console.log(`${name}: ${accepted + refused} values, ${accepted} accepted, ${refused} refused`);
    expect(accepted + refused).toBe(RUNS);
    expect(accepted).toBeGreaterThan(RUNS / 10);
    expect(refused).toBeGreaterThan(RUNS / 10);
  });
});
