import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller } from '@simpul/service-kit';
import { DataSource } from 'typeorm';
import { requireAdminUntilPublished } from '../access/result-access';
import { CycleService } from '../cycles/cycle.service';
import { PeerComparison } from './peer-comparison.model';
import { loadPeerLokus, peerComparison } from './peer-comparison';

@Resolver(() => PeerComparison)
export class PeerComparisonResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
  ) {}

  @Access('public')
  @Query(() => PeerComparison, {
    description:
      'Satu unit dibandingkan dengan cohort, provinsi dan jenis unitnya dalam siklus yang sama: publik bila sudah dipublikasikan, selain itu admin',
  })
  async peerComparison(@Args('lokusId', { type: () => ID }) lokusId: string, @CurrentCaller() caller: Caller): Promise<PeerComparison> {
    const lokus = await loadPeerLokus(this.dataSource, lokusId);
    const cycle = await this.cycles.loadVisible(lokus.cycleId, caller);
    // Like a cohort ranking: whole-cycle figures, so the admin's until published.
    requireAdminUntilPublished(cycle, caller);
    return peerComparison(this.dataSource, lokus, cycle.name);
  }
}
