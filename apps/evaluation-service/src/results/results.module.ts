import { Module } from '@nestjs/common';
import { CacheInvalidation } from '@simpul/service-kit';
import { DataSource } from 'typeorm';
import { CyclesModule } from '../cycles/cycles.module';
import { F02Module } from '../f02/f02.module';
import { PeerComparisonResolver } from './peer-comparison.resolver';
import { RankRangeResolver } from './rank-range.resolver';
import { RankRangeService } from './rank-range.service';
import { CycleAggregatesResolver, LokusResultResolver, ResultsResolver } from './results.resolver';
import { ResultsService } from './results.service';

const RESULT_RESOLVERS = [ResultsResolver, LokusResultResolver, CycleAggregatesResolver, RankRangeResolver, PeerComparisonResolver];

/** IPP results: recompute, rankings, aggregates, the national trend, corrections after finalisation. */
@Module({
  imports: [CyclesModule, F02Module],
  providers: [
    ResultsService,
    RankRangeService,
    ...RESULT_RESOLVERS,
    // One listening connection per replica: published rankings are cleared on every replica when a correction commits.
    { provide: CacheInvalidation, useFactory: (db: DataSource) => new CacheInvalidation(db, 'evaluation_cache'), inject: [DataSource] },
  ],
  exports: [ResultsService],
})
export class ResultsModule {}
