/** Moved to the /sheets subpath (browser-safe); re-exported for the CLI's modules. @module */
export * from '../sheets/csv.js';
