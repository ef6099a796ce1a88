/**
 * huaian-social-work: rules as code for the Huai'an Party Committee Social Work Department.
 * This entry re-exports the engine kit and every domain; import a subpath (`huaian-social-work/salary`, …) to bundle
 * only one domain. Policy test cases (`huaian-social-work/testing`) are a separate entry: they bundle a YAML parser.
 * @module huaian-social-work
 */
export * from './core/index.js';
// Money is not in the core index: every subpath imports that index, and decimal.js would come with it (a bundler
// keeps a package it cannot prove free of side effects). Hosts get it here and from the domains that compute money.
export {
  ROUNDING_MODES,
  roundYuan,
  sumYuan,
  YuanSum,
  isYuan,
  parseYuan,
  type Yuan,
  type RoundingMode,
} from './core/money.js';
export * from './validators/index.js';
export * from './divisions/index.js';
export * from './entities/index.js';
export * from './salary/index.js';
export * from './coverage/index.js';
export * from './associations/index.js';
export * from './petitions/index.js';
export * from './ratings/index.js';
export * from './committees/index.js';
export * from './workforce/index.js';
