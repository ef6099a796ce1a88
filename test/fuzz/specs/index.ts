/** Every fuzz spec, by export name (a unit test fails when an exported function has none). */
import type { Spec } from '../harness.js';
import { associationSpecs } from './associations.js';
import { codeSpecs } from './codes.js';
import { committeeSpecs } from './committees.js';
import { coreSpecs } from './core.js';
import { coverageSpecs } from './coverage.js';
import { petitionSpecs } from './petitions.js';
import { ratingSpecs } from './ratings.js';
import { salarySpecs } from './salary.js';
import { sheetSpecs } from './sheets.js';
import { testingSpecs } from './testing.js';
import { workforceSpecs } from './workforce.js';

export const SPECS: Readonly<Record<string, Spec>> = {
  ...coreSpecs,
  ...codeSpecs,
  ...salarySpecs,
  ...coverageSpecs,
  ...associationSpecs,
  ...petitionSpecs,
  ...ratingSpecs,
  ...committeeSpecs,
  ...workforceSpecs,
  ...sheetSpecs,
  ...testingSpecs,
};
