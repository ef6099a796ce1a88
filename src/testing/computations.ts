/**
 * The built-in computations a case can name, one adapter per domain function: each takes the case's input and
 * context and calls the domain's public API, so cases test exactly what hosts call.
 * @module
 */
import type { ComputationRegistry } from './computation.js';

/**
 * The library's computations, by the name a case uses.
 * @category Testing
 */
export const builtinComputations: ComputationRegistry = {};
