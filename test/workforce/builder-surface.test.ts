// The fuzz found a resident ID of a host's salary profile at `roster.salaryProfile.version` of what
// createWorkforceReport returns: the builder handed out its internal roster (the host's profiles, the division tree,
// every running count) as a property (issue 10). The builder has only `add` and `finish`.
import { describe, expect, it } from 'vitest';
import { profileToJson } from '../../src/core/index.js';
import { createWorkforceReport } from '../../src/workforce/index.js';
import { PAY } from './support.js';

describe('createWorkforceReport', () => {
  it('returns add and finish, nothing of its state', () => {
    const salaryProfile = { ...(profileToJson(PAY) as object), version: '2026.2.0+11010519491231002X' };
    const b = createWorkforceReport({ asOf: '2026-06-30', salaryProfile });
    expect(Object.keys(b).sort()).toEqual(['add', 'finish']);
    expect(JSON.stringify(b)).not.toContain('11010519491231002X');
  });
});
