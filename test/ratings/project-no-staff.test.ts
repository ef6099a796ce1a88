// The fuzz found projectCompliance `undetermined` with an empty `missing` for a project that lists no staff: the
// finding named `staff` but the result did not (issue 10). The result names it.
import { describe, expect, it } from 'vitest';
import { projectCompliance } from '../../src/ratings/index.js';

describe('a project without staff', () => {
  it('is undetermined and names the staff as missing', () => {
    const r = projectCompliance({ staff: [], laborCost: '80000.00', budget: '100000.00' }, { asOf: '2026-03-01' });
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual(['staff']);
    expect(r.explanation!.missing.map((m) => m.name)).toEqual(['staff']);
  });
  it('a labour share that fails still fails, and still names the staff', () => {
    const r = projectCompliance({ staff: [], laborCost: '10.00', budget: '100000.00' }, { asOf: '2026-03-01' });
    expect([r.outcome, r.missing]).toEqual(['fail', ['staff']]);
  });
});
