// Properties over every day of 2016–2025 as the day a grade was awarded: valid exactly from that day through the
// corresponding day 5 years on (28 February for 29 February), the re-evaluation window exactly the last 2 years, a
// bar exactly 2 or 3 years; grades never fall as the score rises; batches reconcile.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../src/core/index.js';
import { gradeFromScore, ratingEligibilityBatch, ratingStatusBatch } from '../../src/ratings/index.js';
import { CLEAN } from './support.js';

const days: string[] = [];
for (let d = '2016-01-01'; d <= '2025-12-31'; d = addDays(d, 1)) days.push(d);

/** The corresponding day n years on (民法典 art. 202: the month's last day when there is none). */
function anniversary(d: string, n: number): string {
  const y = Number(d.slice(0, 4)) + n;
  const md = d.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}-${md === '02-29' && !leap ? '02-28' : md}`;
}

describe('validity over every day awarded', () => {
  const orgs = days.map((ratedOn, i) => ({ id: `o${i}`, kind: 'social_work_service_agency', rating: '3A', ratedOn }));
  it('valid through the 5th anniversary, expired the day after; the window opens the day after the 3rd', () => {
    for (const asOf of ['2021-02-28', '2026-03-01', '2030-12-31']) {
      const rows = ratingStatusBatch(orgs, { asOf }).rows;
      rows.forEach((r, i) => {
        if (r.outcome === 'error') throw r.error;
        const ratedOn = days[i]!;
        const end = anniversary(ratedOn, 5);
        if (asOf < ratedOn) return;
        expect(r.validity.expiresOn).toBe(end);
        expect(r.validity.renewalOpensOn).toBe(addDays(anniversary(ratedOn, 3), 1));
        expect(r.state).toBe(asOf < ratedOn ? 'none' : asOf <= end ? 'valid' : 'expired');
        expect(r.validity.renewalOpen).toBe(asOf <= end && asOf >= r.validity.renewalOpensOn!);
      });
    }
  });
  it('a bar of 2 years (lowered) or 3 (cancelled) from any day ends on its anniversary', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...days),
        fc.constantFrom('lowered', 'cancelled'),
        fc.integer({ min: -3, max: 3 }),
        (decidedOn, kind, shift) => {
          const years = kind === 'lowered' ? 2 : 3;
          const end = anniversary(decidedOn, years);
          const asOf = addDays(end, shift);
          const r = ratingEligibilityBatch([{ ...CLEAN, ratingSanctions: [{ kind, decidedOn }] }], {
            asOf,
            target: '4A',
          }).rows[0]!;
          if (r.outcome === 'error') throw r.error;
          expect(r.findings.find((f) => f.rule === 'ratings.bar')!.outcome).toBe(shift <= 0 ? 'fail' : 'pass');
        },
      ),
      { numRuns: 300, seed: 16 },
    );
  });
});

describe('grades and batches', () => {
  it('a higher score never gets a lower grade (both profiles)', () => {
    const order = (g: string | null) => (g === null ? 0 : Number(g[0]));
    for (const profile of ['jiangsu', 'anhui-huaining']) {
      let last = 0;
      for (let s = 0; s <= 1000; s++) {
        const g = order(gradeFromScore(s, { asOf: '2026-01-01', profile }).grade);
        expect(g).toBeGreaterThanOrEqual(last);
        last = g;
      }
    }
  });
  it('batch counts add up to the rows, whatever the rows', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constant(CLEAN),
            fc.constant({ ...CLEAN, rating: '9A' }),
            fc.constant(null),
            fc.record({ kind: fc.constant('social_work_service_agency') }),
          ),
          { maxLength: 30 },
        ),
        (rows) => {
          const r = ratingEligibilityBatch(rows, { asOf: '2026-04-01', target: '4A' });
          const sum =
            r.counts.pass +
            r.counts.fail +
            r.counts.undetermined +
            r.counts.not_applicable +
            r.counts.computed +
            r.counts.error;
          expect([r.rows.length, r.counts.total, sum]).toEqual([rows.length, rows.length, rows.length]);
        },
      ),
      { numRuns: 100, seed: 16 },
    );
  });
});
