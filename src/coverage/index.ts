/**
 * Placeholder entry for /coverage; filled by its own issue.
 * @module coverage
 */
export {};
