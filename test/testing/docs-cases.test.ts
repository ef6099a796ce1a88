// The library's own policy examples (docs/cases/*.yaml) run as tests, through the same helper a host uses:
// the examples a reader sees in the docs are the examples that are tested.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describePolicyCases, expandCasePaths } from '../../src/testing/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = expandCasePaths([fileURLToPath(new URL('../../docs/cases', import.meta.url))]);

it('docs/cases holds (at least) the library case files, so an empty directory cannot pass silently', () => {
  expect(files.map((f) => relative(root, f))).toEqual(
    expect.arrayContaining([
      'docs/cases/committees.yaml',
      'docs/cases/coverage.yaml',
      'docs/cases/party-organization.yaml',
      'docs/cases/petitions.yaml',
      'docs/cases/ratings.yaml',
      'docs/cases/review.yaml',
      'docs/cases/salary-grade.yaml',
      'docs/cases/salary-pay.yaml',
      'docs/cases/workforce.yaml',
    ]),
  );
});

for (const file of files) describePolicyCases(file, { describe, it, expect }, { name: relative(root, file) });
