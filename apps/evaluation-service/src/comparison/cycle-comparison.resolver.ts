import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller } from '@simpul/service-kit';
import { CycleComparison } from './cycle-comparison.model';
import { CycleComparisonService } from './cycle-comparison.service';

@Resolver(() => CycleComparison)
export class CycleComparisonResolver {
  constructor(private readonly comparison: CycleComparisonService) {}

  @Access('public')
  @Query(() => CycleComparison, {
    description:
      'Dua siklus berdampingan aspek demi aspek, dengan catatan di mana instrumennya berbeda; rata-rata hasil siklus, atau satu unit bila serviceUnitId. Publik bila keduanya sudah dipublikasikan, selain itu admin',
  })
  cycleComparison(
    @Args('firstCycleId', { type: () => ID }) firstCycleId: string,
    @Args('secondCycleId', { type: () => ID }) secondCycleId: string,
    @Args('serviceUnitId', { type: () => ID, nullable: true }) serviceUnitId: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<CycleComparison> {
    return this.comparison.compare(firstCycleId, secondCycleId, serviceUnitId ?? null, caller);
  }
}
