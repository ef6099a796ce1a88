/**
 * Schemas of the department's world (division units, organizations, party organizations, people, volunteer teams,
 * 社会工作站/室, the three centers) with Chinese and English labels for every field and value, parsers that return
 * `PolicyError`s, and the names of USCC department and category codes.
 * @module entities
 */
export type { FieldLabels, Refinement, ValueLabels } from './fields.js';
export * from './uscc-labels.js';
export * from './division-unit.js';
export * from './organization.js';
export * from './party-organization.js';
export * from './person.js';
export * from './volunteer-team.js';
export * from './social-work-site.js';
export * from './center.js';
export * from './catalog.js';
