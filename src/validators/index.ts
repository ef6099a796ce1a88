/**
 * Validators for Chinese codes: 统一社会信用代码, 居民身份证号码, division codes.
 * @module validators
 */
export * from './resident-id.js';
