// The fuzz found a resident ID written in a profile's parameter label shown unmasked in a result's warnings (issue 10).
import { describe, expect, it } from 'vitest';
import { profileToJson } from '../../src/core/index.js';
import { computeGrade, salaryProfiles } from '../../src/salary/index.js';

describe('warnings built from a profile mask resident IDs', () => {
  it('a label with an ID', () => {
    const json = profileToJson(salaryProfiles.get('huaian')) as {
      parameters: Record<string, { label: { zh: string } }>;
    };
    json.parameters['salary.grade.windows']!.label.zh += '11010519491231002X';
    const r = computeGrade(
      { post: 'deputy', education: 'master', serviceStart: '2014-09-01' },
      { asOf: '2026-01-01', profile: json },
    );
    const text = JSON.stringify(r.warnings);
    expect(text).not.toContain('11010519491231002X');
  });
});
