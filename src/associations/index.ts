/**
 * Placeholder entry for /associations; filled by its own issue.
 * @module associations
 */
export {};
