// The batch and the single check agree on 12,000 generated committees (fixed seed): the same outcome, findings,
// warnings and missing fields for every row, and the same refusals; the findings shared between rows are the ones a
// single check builds. Also: a size check and the women share against their statutory definitions written out.
import { describe, expect, it } from 'vitest';
import { addDays, isPolicyError } from '../../src/core/index.js';
import { checkCommittee, checkCommitteesBatch, type CommitteeStandardRow } from '../../src/committees/index.js';
import { seededRandom } from '../support/random.js';

const ROWS = 12_000;
const asOf = '2025-12-31';

function generator(seed: number) {
  const rnd = seededRandom(seed);
  const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
  const maybe = (p: number) => rnd() < p;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  return (): Record<string, unknown> => {
    const village = maybe(0.6);
    const c: Record<string, unknown> = {};
    if (maybe(0.85))
      c.kind = village
        ? pick(['villagers_committee', '村委会', '村民委员会'])
        : pick(['residents_committee', '居委会']);
    else if (maybe(0.5)) c.divisionCode = village ? '320803101201' : '320803001001';
    const members = int(1, 11);
    if (maybe(0.95)) c.memberCount = members;
    if (village && maybe(0.9)) c.womenMembers = int(0, Math.min(3, members));
    if (maybe(0.9)) c.multiEthnic = maybe(0.15);
    if (c.multiEthnic === true && maybe(0.9)) c.smallerEthnicMembers = int(0, Math.min(2, members));
    if (maybe(0.92)) c.termStartedOn = addDays(pick(['2016-01-01', '2019-06-01', '2020-12-01']), int(0, 900));
    const households = int(40, 900);
    if (maybe(0.9)) c.households = households;
    if (maybe(0.9))
      c.subcommittees = pick([
        ['人民调解', '治安保卫', village ? '公共卫生与计划生育' : '公共卫生'],
        ['人民调解', '治安保卫'],
        [],
        ['people_mediation', 'public_security', 'public_health'],
      ]);
    if (maybe(0.1)) c.subcommitteeDutiesAssigned = maybe(0.5);
    if (village) {
      if (maybe(0.9)) c.supervisoryBody = maybe(0.9);
      if (c.supervisoryBody === true) {
        if (maybe(0.9)) c.supervisoryRelatedMembers = maybe(0.1) ? 1 : 0;
        if (maybe(0.9)) c.supervisoryExpertMembers = int(0, 2);
      }
      if (maybe(0.9)) c.representativeAssembly = maybe(0.85);
      if (c.representativeAssembly === true) {
        const reps = Math.min(households, int(Math.floor(households / 20) + 1, Math.ceil(households / 4)));
        if (maybe(0.95)) c.representatives = reps;
        if (maybe(0.95)) c.womenRepresentatives = int(0, reps);
        if (maybe(0.8)) c.representativesChosenBy = pick(['households', 'households', 'groups']);
        if (maybe(0.9))
          c.assemblyMeetings = [
            addDays('2024-10-01', int(0, 90)),
            addDays('2025-01-01', int(0, 89)),
            addDays('2025-04-01', int(0, 90)),
            addDays('2025-07-01', int(0, 120)),
          ].filter(() => maybe(0.9));
      }
      if (maybe(0.9)) c.generalDisclosedOn = addDays('2025-03-01', int(0, 330));
      if (maybe(0.9)) c.financeFrequent = maybe(0.5);
      if (c.financeFrequent === true && maybe(0.9)) c.financeDisclosedOn = addDays('2025-09-01', int(0, 130));
      if (maybe(0.9)) c.democraticReviewOn = addDays('2023-06-01', int(0, 940));
    }
    // Now and then a row the record refuses.
    if (maybe(0.01)) c.memberCount = -1;
    if (maybe(0.01)) c.termStartedOn = '2023-02-29';
    if (maybe(0.01)) c.colour = 'red';
    return c;
  };
}

const next = generator(20261129);
const items = Array.from({ length: ROWS }, () => next());

describe('checkCommitteesBatch ≡ checkCommittee on generated committees', () => {
  it(`${ROWS.toLocaleString('en')} rows: same outcome, findings, warnings, missing and refusals`, () => {
    const batch = checkCommitteesBatch(items, { asOf });
    expect(batch.rows.length).toBe(ROWS);
    const tally: Record<string, number> = {};
    batch.rows.forEach((row, i) => {
      tally[row.outcome] = (tally[row.outcome] ?? 0) + 1;
      let single;
      try {
        single = checkCommittee(items[i], { asOf });
      } catch (e) {
        if (!isPolicyError(e)) throw e;
        expect(row.outcome).toBe('error');
        expect(row.outcome === 'error' && row.error.issues.map((x) => ({ ...x, path: x.path.slice(1) }))).toEqual(
          e.issues,
        );
        return;
      }
      const r = row as CommitteeStandardRow;
      expect({
        outcome: r.outcome,
        findings: r.findings,
        warnings: r.warnings,
        missing: r.missing,
        kind: r.committeeKind,
      }).toEqual({
        outcome: single.outcome,
        findings: single.findings,
        warnings: single.warnings,
        missing: single.missing,
        kind: single.committeeKind,
      });
    });
    const total = Object.values(tally).reduce((a, b) => a + b, 0);
    expect(total).toBe(batch.counts.total);
    console.log('generated committees by outcome:', tally);
    for (const o of ['pass', 'fail', 'undetermined', 'error']) expect(tally[o] ?? 0).toBeGreaterThan(20);
  });

  it('the statutory definitions, written out, agree with the findings (size 3–7 / 5–9; women representatives ≥ 1/3 of the assembly)', () => {
    const rows = checkCommitteesBatch(items, { asOf }).rows;
    rows.forEach((row, i) => {
      if (row.outcome === 'error') return;
      const c = items[i]!;
      const r = row as CommitteeStandardRow;
      const size = r.findings.find((f) => f.rule === 'committee.size')!;
      if (c.memberCount !== undefined && r.committeeKind !== null) {
        const [lo, hi] = r.committeeKind === 'villagers_committee' ? [3, 7] : [5, 9];
        const n = c.memberCount as number;
        expect(size.outcome).toBe(n >= lo && n <= hi ? 'pass' : 'fail');
      }
      const women = r.findings.find((f) => f.rule === 'assembly.womenShare');
      if (women !== undefined && women.outcome !== 'undetermined' && women.outcome !== 'not_applicable') {
        const w = c.womenRepresentatives as number;
        const whole = (c.representatives as number) + (c.memberCount as number);
        expect(women.outcome).toBe(3 * w >= whole ? 'pass' : 'fail');
      }
    });
  });
});
