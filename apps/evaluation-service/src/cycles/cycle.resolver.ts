import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Caller, Identity } from '@simpul/contracts';
import { Access, CurrentCaller, type Connection, PageArgs, SignedInCaller } from '@simpul/service-kit';
import { CreateCycleInput, ExtendPhaseInput, StartPhaseInput } from './cycle.input';
import { EvaluationCycle, EvaluationCycleConnection, PhaseExtension, PhaseScheduleChange } from './cycle.model';
import { CycleService } from './cycle.service';

@Resolver(() => EvaluationCycle)
export class CycleResolver {
  constructor(private readonly cycles: CycleService) {}

  @Access('public')
  @Query(() => EvaluationCycleConnection, {
    description: 'Siklus PEKPPP, tahun terbaru dahulu; publik hanya melihat yang sudah dipublikasikan',
  })
  evaluationCycles(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<Connection<EvaluationCycle>> {
    return this.cycles.list(caller, year, page);
  }

  @Access('public')
  @Query(() => EvaluationCycle)
  async evaluationCycle(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<EvaluationCycle> {
    return this.cycles.toModel(await this.cycles.loadVisible(id, caller));
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => EvaluationCycle, { description: 'Admin nasional' })
  createEvaluationCycle(@Args('input') input: CreateCycleInput, @SignedInCaller() caller: Identity): Promise<EvaluationCycle> {
    return this.cycles.create(input, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => EvaluationCycle, { description: 'Admin nasional: memperpanjang tahap dengan alasan; riwayat disimpan' })
  extendCyclePhase(@Args('input') input: ExtendPhaseInput, @SignedInCaller() caller: Identity): Promise<EvaluationCycle> {
    return this.cycles.extendPhase(input, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => EvaluationCycle, {
    description: 'Admin nasional: memulai tahap sekarang (lebih awal dari jadwal); tahap sebelumnya ditutup, riwayat dan alasan disimpan',
  })
  startCyclePhase(@Args('input') input: StartPhaseInput, @SignedInCaller() caller: Identity): Promise<EvaluationCycle> {
    return this.cycles.startPhase(input, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => EvaluationCycle, { description: 'Admin nasional, pada tahap finalisasi: membekukan hasil' })
  finaliseCycle(@Args('cycleId', { type: () => ID }) cycleId: string): Promise<EvaluationCycle> {
    return this.cycles.finalise(cycleId);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => EvaluationCycle, { description: 'Admin nasional: membuka hasil yang sudah final untuk publik' })
  publishCycle(@Args('cycleId', { type: () => ID }) cycleId: string): Promise<EvaluationCycle> {
    return this.cycles.publish(cycleId);
  }

  @ResolveField(() => [PhaseScheduleChange], { description: 'Riwayat tahap yang dimulai lebih awal' })
  scheduleChanges(@Parent() cycle: EvaluationCycle): Promise<PhaseScheduleChange[]> {
    return this.cycles.scheduleChanges(cycle.id);
  }

  @ResolveField(() => [PhaseExtension], { description: 'Riwayat perpanjangan tahap' })
  extensions(@Parent() cycle: EvaluationCycle): Promise<PhaseExtension[]> {
    return this.cycles.extensions(cycle.id);
  }
}
