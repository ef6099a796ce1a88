/**
 * Validators for Chinese codes: 统一社会信用代码 (GB 32100), 居民身份证号码 (GB 11643) and division codes
 * (GB/T 2260 and NBS 统计用区划代码). Kept free of zod and decimal.js: this entry point must stay under 3 KB gzip.
 * @module validators
 */
export * from './uscc.js';
export * from './resident-id.js';
export * from './division-code.js';
