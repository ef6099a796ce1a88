/**
 * Placeholder entry for /salary; filled by its own issue.
 * @module salary
 */
export {};
