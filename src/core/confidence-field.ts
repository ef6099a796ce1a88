/**
 * The confidence of a source as data files write it (a profile's sources and values, a work calendar's year, a host
 * rule's source): `H`, `M` or `L`, or its name (高 / high, …). One definition, so every file format reads and refuses
 * it alike.
 * @module
 */
import type { Confidence } from './parameters.js';
import { fields } from './record.js';

/** The confidence field, unlabelled (each record labels it). @internal */
export const confidenceField = /* @__PURE__ */ fields.enum(['H', 'M', 'L'] as const satisfies readonly Confidence[], {
  H: { zh: '高', en: 'high' },
  M: { zh: '中', en: 'medium' },
  L: { zh: '低', en: 'low' },
});
