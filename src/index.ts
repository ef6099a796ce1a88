/**
 * huaian-social-work: rules as code for the Huai'an Party Committee Social Work Department.
 * This entry re-exports every domain; import a subpath (`huaian-social-work/salary`, …) to bundle only one.
 * @module huaian-social-work
 */
export * from './core/index.js';
export * from './validators/index.js';
