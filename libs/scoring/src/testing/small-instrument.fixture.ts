import type { Instrument } from '../instruments/instrument';
import { getInstrument } from '../instruments/registry';

/**
 * A small instrument for tests: aspects with the given weights, each aspect with indicators of the
 * given weights (exact text), F-03 and categories as in pekppp-2024-a.
 */
export function smallInstrument(aspects: Array<{ weight: string; indicators: string[] }>, id = 'test-small'): Instrument {
  const base = getInstrument('pekppp-2024-a');
  let n = 0;
  return {
    ...base,
    id,
    // Its own aspects, so none of pekppp-2024-a's provisional notes apply.
    provisionalParts: [],
    aspects: aspects.map((aspect, a) => ({
      code: String.fromCharCode(97 + a),
      name: `Aspect ${a + 1}`,
      weight: aspect.weight,
      indicators: aspect.indicators.map((weight) => {
        n += 1;
        return {
          code: `${n}.${String.fromCharCode(97 + a)}.T`,
          text: `Indicator ${n}`,
          weight,
          weightSource: 'published',
          levels: [],
          levelsEn: [],
          descriptorsPending: true,
          evidence: [],
          notes: null,
        };
      }),
    })),
  };
}
