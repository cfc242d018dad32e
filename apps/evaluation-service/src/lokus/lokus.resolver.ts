import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Caller, Identity } from '@simpul/contracts';
import { Access, CurrentCaller, type Connection, type SubgraphContext, rowLoader, PageArgs, SignedInCaller } from '@simpul/service-kit';
import { EvaluationCycle } from '../cycles/cycle.model';
import { CycleService } from '../cycles/cycle.service';
import { ServiceUnit } from '../federation/service-unit.model';
import { LokusAccess } from '../access/lokus-access.service';
import { LokusFilter, LokusUnitInput } from './lokus.input';
import { Lokus, LokusConnection, LokusImportReport } from './lokus.model';
import type { LokusRow } from './lokus.row';
import { LokusService } from './lokus.service';

@Resolver(() => Lokus)
export class LokusResolver {
  constructor(
    private readonly lokus: LokusService,
    private readonly access: LokusAccess,
    private readonly cycles: CycleService,
  ) {}

  @Access('public')
  @Query(() => Lokus, {
    description: 'Satu lokus: admin, evaluator yang ditugaskan, desk unit itu; publik bila siklus sudah dipublikasikan',
  })
  lokusById(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Lokus> {
    return this.access.forReading(id, caller, { en: 'This lokus is not yours to see.', id: 'Lokus ini bukan wewenang Anda.' });
  }

  @Access('public')
  @Query(() => LokusConnection, { description: 'Lokus satu siklus menurut kelompok layanan lalu nama unit, sesuai wewenang pemanggil' })
  cycleLokus(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: LokusFilter,
  ): Promise<Connection<LokusRow>> {
    return this.lokus.list(cycleId, caller, filter, page);
  }

  @Access('signed-in')
  @Query(() => [Lokus], { description: 'Lokus sebuah unit di semua siklus yang boleh dilihat pemanggil, terbaru dahulu' })
  unitLokus(@Args('serviceUnitId', { type: () => ID }) serviceUnitId: string, @CurrentCaller() caller: Caller): Promise<Lokus[]> {
    return this.lokus.forUnit(serviceUnitId, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => Lokus, { description: 'Admin nasional, tahap persiapan' })
  addLokus(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('input') input: LokusUnitInput,
    @SignedInCaller() caller: Identity,
  ): Promise<Lokus> {
    return this.lokus.add(cycleId, input, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => LokusImportReport, { description: 'Admin nasional, tahap persiapan: impor daftar lokus (semua atau tidak sama sekali)' })
  importLokus(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('rows', { type: () => [LokusUnitInput] }) rows: LokusUnitInput[],
    @SignedInCaller() caller: Identity,
  ): Promise<LokusImportReport> {
    return this.lokus.import(cycleId, rows, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => Boolean, { description: 'Admin nasional, tahap persiapan' })
  removeLokus(@Args('lokusId', { type: () => ID }) lokusId: string): Promise<boolean> {
    return this.lokus.remove(lokusId);
  }

  @ResolveField(() => EvaluationCycle)
  async cycle(@Parent() lokus: Lokus, @Context() context: SubgraphContext): Promise<EvaluationCycle> {
    const cycle = await rowLoader(
      context,
      'cycle.byId',
      (ids) => this.cycles.loadMany(ids),
      (row) => row.id,
    ).load(lokus.cycleId);
    return this.cycles.toModel(cycle ?? (await this.cycles.load(lokus.cycleId)));
  }

  @ResolveField(() => ServiceUnit, { description: 'Unit di registri (nama, instansi, wilayah terkini lewat gateway)' })
  serviceUnit(@Parent() lokus: Lokus): ServiceUnit {
    return { id: lokus.serviceUnitId };
  }
}
