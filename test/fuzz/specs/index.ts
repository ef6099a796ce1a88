/** Every fuzz spec, by export name (a unit test fails when an exported function has none). */
import type { Spec } from '../harness.js';
import { associationSpecs } from './associations.js';
import { codeSpecs } from './codes.js';
import { coreSpecs } from './core.js';
import { coverageSpecs } from './coverage.js';
import { petitionSpecs } from './petitions.js';
import { salarySpecs } from './salary.js';
import { testingSpecs } from './testing.js';

export const SPECS: Readonly<Record<string, Spec>> = {
  ...coreSpecs,
  ...codeSpecs,
  ...salarySpecs,
  ...coverageSpecs,
  ...associationSpecs,
  ...petitionSpecs,
  ...testingSpecs,
};
