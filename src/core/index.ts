/**
 * Shared primitives: calendar dates, money, errors as data, dated parameters, profiles and explanations.
 * @module core
 */
export * from './errors.js';
export * from './calendar-date.js';
export * from './money.js';
export * from './parameters.js';
export * from './profile.js';
export * from './explanation.js';
