// A record's cross-field rule gets one context per record (no object per row); a rule that checks a record of the same
// kind inside itself still reports each issue at its own path.
import { describe, expect, it } from 'vitest';
import { defineRecord, fields, type PolicyIssue, type RecordDef } from '../../src/core/index.js';

interface Span {
  from: string;
  to: string;
  inner?: string;
}

const span: RecordDef<Span> = defineRecord(
  'span',
  { zh: '区间', en: 'span' },
  {
    from: fields.date().label('起', 'from'),
    to: fields.date().label('止', 'to'),
    inner: fields.text().optional().label('内层', 'inner'),
  },
  {
    refine(s, ctx) {
      // Checks a record of the same kind first (re-entering this record's check), then its own rule.
      if (s.inner !== undefined) span.check(JSON.parse(s.inner), [...ctx.path, 'inner'], []);
      if (s.to < s.from)
        ctx.add({ code: 'inconsistent', path: [...ctx.path, 'to'], zh: '止早于起', en: 'to before from' });
    },
  },
);

describe('refine context', () => {
  it('reports at the path of the call', () => {
    const issues: PolicyIssue[] = [];
    expect(span.check({ from: '2026-02-01', to: '2026-01-01' }, ['rows', 3], issues)).toBeUndefined();
    expect(issues.map((i) => i.path)).toEqual([['rows', 3, 'to']]);
  });

  it("a nested check of the same record does not move the outer rule's path or issues", () => {
    const issues: PolicyIssue[] = [];
    const inner = JSON.stringify({ from: '2026-05-01', to: '2026-04-01' });
    expect(span.check({ from: '2026-02-01', to: '2026-01-01', inner }, [7], issues)).toBeUndefined();
    expect(issues.map((i) => i.path)).toEqual([[7, 'to']]);
    expect(span.parse({ from: '2026-01-01', to: '2026-02-01', inner })).toMatchObject({ to: '2026-02-01' });
  });

  it('many rows: valid ones pass, each refusal at its row', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({
      from: '2026-01-10',
      to: i % 10 === 0 ? '2026-01-01' : '2026-01-20',
    }));
    const issues: PolicyIssue[] = [];
    const ok = rows.filter((r, i) => span.check(r, [i], issues) !== undefined).length;
    expect(ok).toBe(90);
    expect(issues.map((i) => i.path[0])).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });
});
