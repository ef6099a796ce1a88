/**
 * Placeholder entry for /testing; filled by its own issue.
 * @module testing
 */
export {};
