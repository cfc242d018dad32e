import { Injectable } from '@nestjs/common';
import { CacheInvalidation, listLoader, type SubgraphContext } from '@simpul/service-kit';
import { DataSource } from 'typeorm';
import { RANKING_TOPIC, RankingCache } from './ranking-cache';
import { cohortKey, loadCohortUncertainty, type RankUncertainty } from './rank-uncertainty';
import type { StoredResult } from './result.row';

/**
 * Rank ranges by cohort, kept per replica for a short while: a cohort's results change only through a
 * recompute or a correction, and both announce it on RANKING_TOPIC to every replica when they commit.
 */
@Injectable()
export class RankRangeService {
  private readonly kept = new RankingCache<RankUncertainty[]>();
  /** Each loaded cohort's ranges by result id: a page asks three fields of up to 100 rows of a cohort of thousands. */
  private readonly byId = new WeakMap<readonly RankUncertainty[], Map<string, RankUncertainty>>();

  constructor(
    private readonly dataSource: DataSource,
    invalidation: CacheInvalidation,
  ) {
    invalidation.subscribe(RANKING_TOPIC, (cycleId) => (cycleId === null ? this.kept.clear() : this.kept.clearCycle(cycleId)));
  }

  /** This replica's own writes clear at once, before the notice every replica hears. */
  clearCycle(cycleId: string): void {
    this.kept.clearCycle(cycleId);
  }

  async forResult(result: StoredResult, context: SubgraphContext): Promise<RankUncertainty | null> {
    if (!result.current || result.rank === null) return null;
    const cohort = await listLoader(
      context,
      'result.rankRange',
      (keys) =>
        loadCohortUncertainty(
          this.dataSource,
          keys.map((key) => {
            const at = key.indexOf('|');
            return { cycleId: key.slice(0, at), cohort: key.slice(at + 1) };
          }),
          this.kept,
        ),
      (row) => row.cohortKey,
    ).load(cohortKey(result.cycleId, result.cohort));
    let index = this.byId.get(cohort);
    if (!index) {
      index = new Map(cohort.map((row) => [row.resultId, row]));
      this.byId.set(cohort, index);
    }
    return index.get(result.id) ?? null;
  }
}
