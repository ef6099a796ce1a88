// A host's amounts over huaian (the base, coefficients and certificate allowance huaian does not have), for tests
// that need pay to be computed. The figures are the 0.1.0 placeholders: test values, not policy.
import { withOverrides, type Profile } from '../../src/core/profile.js';
import { salaryProfiles } from '../../src/salary/index.js';

export const COEFFICIENTS: Record<string, string> = Object.fromEntries(
  Array.from({ length: 18 }, (_, i) => [String(i + 1), (1 + i / 10).toFixed(2)]),
);

export function hostProfile(extra: Record<string, unknown> = {}): Profile {
  const source = { title: 'host pay document' };
  return withOverrides(salaryProfiles.get('huaian'), {
    'salary.pay.base': { set: '1000', source },
    'salary.pay.gradeCoefficients': { set: COEFFICIENTS, source },
    'salary.pay.certificateAllowance': { set: { assistant: '100', intermediate: '200', senior: '300' }, source },
    ...extra,
  } as never);
}
