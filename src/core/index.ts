/**
 * The engine kit every domain is built on: calendar dates and legal periods, money, errors and messages as data,
 * options, dated parameters and profiles (registries, `profileAt`), records as field tables, one result envelope,
 * explanations and one renderer (`explain`).
 * @module core
 */
export * from './errors.js';
export * from './messages.js';
export * from './calendar-date.js';
export * from './work-calendar.js';
export * from './periods.js';
export * from './money.js';
export * from './rate.js';
export * from './parameters.js';
export * from './sources.js';
export * from './profile.js';
export * from './registry.js';
export * from './options.js';
export * from './record.js';
export * from './record-zod.js';
export * from './result.js';
export * from './explanation.js';
export * from './evaluation.js';
export * from './render.js';
