import { computeIpp, pathToNextCategory, type Instrument, type IppCategory, type PathToNextCategory } from '@simpul/scoring';
import { indicatorsOf } from '../shared/instrument';

export interface LiveGap {
  index: number;
  category: IppCategory;
  /** Indicators without a claim yet: counted as 0, as the server's gap analysis does. */
  missing: string[];
  /** Indicators with a claim, and all the instrument's indicators: the estimate is "from N of M claims". */
  claimed: number;
  total: number;
  path: PathToNextCategory;
}

/**
 * The desk's claims as if they were the evaluator's scores: the IPP they would give and the fewest
 * level steps to the next category, computed in the browser with the same library as the server.
 */
export function liveGap(instrument: Instrument, claims: Readonly<Record<string, number>>): LiveGap {
  const f02: Record<string, number> = {};
  const missing: string[] = [];
  for (const indicator of indicatorsOf(instrument)) {
    const level = claims[indicator.code];
    if (level === undefined) missing.push(indicator.code);
    f02[indicator.code] = level ?? instrument.scale.min;
  }
  const result = computeIpp(instrument, { f02 });
  const total = Object.keys(f02).length;
  return {
    index: result.index,
    category: result.category,
    missing,
    claimed: total - missing.length,
    total,
    path: pathToNextCategory(instrument, { f02 }),
  };
}
