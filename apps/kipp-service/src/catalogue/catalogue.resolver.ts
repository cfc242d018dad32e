import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller, type SubgraphContext } from '@simpul/service-kit';
import { Agency, agencyRef, Region, regionRef } from '../federation/registry-refs';
import { ServiceUnit, serviceUnitRef } from '../federation/service-unit.model';
import { ShortlistTier } from '../selection/shortlist.model';
import { CatalogueService } from './catalogue.service';
import {
  Innovation,
  InnovationConnection,
  InnovationEntry,
  InnovationFilter,
  InnovationStatus,
  StatusCheck,
  StatusCheckConnection,
} from './innovation.model';

@Resolver(() => Innovation)
export class CatalogueResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @Access('public')
  @Query(() => InnovationConnection, { description: 'Katalog inovasi (Top 99 dan Top 45): pencarian teks dan filter, tanpa masuk' })
  innovations(
    @Args('filter', { nullable: true }) filter?: InnovationFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.catalogue.search(filter, first, after);
  }

  @Access('public')
  @Query(() => Innovation, { nullable: true })
  innovation(@Context() context: SubgraphContext, @Args('id', { type: () => ID }) id: string) {
    return this.catalogue.loader(context).load(id);
  }

  @Access('public')
  @Query(() => InnovationConnection, { description: 'Pemenang (Top 45) satu tahun' })
  winners(
    @Args('year', { type: () => Int }) year: number,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.catalogue.search({ year, award: ShortlistTier.TOP45 }, first, after);
  }

  @Access('public')
  @Query(() => [Int], {
    description: 'Tahun yang memiliki daftar terbit di katalog (Top 45 atau Top 99), terbaru dahulu: pilihan tahun halaman pemenang',
  })
  kippAwardYears() {
    return this.catalogue.awardYears();
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => Int, {
    description: 'Membuka pemeriksaan status tahunan untuk semua inovasi katalog; mengembalikan jumlah yang baru ditanyakan',
  })
  openStatusChecks(@CurrentCaller() caller: Caller, @Args('year', { type: () => Int }) year: number) {
    return this.catalogue.openStatusChecks(caller, year);
  }

  @Access('signed-in')
  @Mutation(() => StatusCheck, { description: 'Pemilik inovasi menjawab: masih berjalan atau berhenti (dengan alasan)' })
  answerStatusCheck(
    @Context() context: SubgraphContext,
    @Args('innovationId', { type: () => ID }) innovationId: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('status', { type: () => InnovationStatus }) status: InnovationStatus,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ) {
    return this.catalogue.answerStatusCheck(context, innovationId, year, status, reason);
  }

  @Access('signed-in')
  @Query(() => StatusCheckConnection, {
    description:
      'Pemeriksaan status tahunan atas inovasi milik pemanggil (desk unitnya, admin lokal instansinya), yang belum dijawab dahulu',
  })
  myStatusChecks(
    @Context() context: SubgraphContext,
    @Args('year', { type: () => Int }) year: number,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.catalogue.myStatusChecks(context, year, first, after);
  }

  @Access('NATIONAL_ADMIN')
  @Query(() => StatusCheckConnection, { description: 'Pemeriksaan status yang belum dijawab' })
  unansweredStatusChecks(
    @CurrentCaller() caller: Caller,
    @Args('year', { type: () => Int }) year: number,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.catalogue.unansweredStatusChecks(caller, year, first, after);
  }

  @ResolveField(() => [InnovationEntry], { description: 'Riwayat lintas kompetisi, terlama dahulu' })
  history(@Parent() innovation: Innovation, @Context() context: SubgraphContext): Promise<InnovationEntry[]> {
    return this.catalogue.historyLoader(context).load(innovation.id);
  }

  @ResolveField(() => Innovation, { nullable: true, description: 'Inovasi asal yang direplikasi' })
  replicates(@Parent() innovation: Innovation, @Context() context: SubgraphContext): Promise<Innovation | null> | null {
    return innovation.replicatesId ? this.catalogue.loader(context).load(innovation.replicatesId) : null;
  }

  @ResolveField(() => InnovationConnection, { description: 'Inovasi yang mereplikasi inovasi ini' })
  replicatedBy(
    @Parent() innovation: Innovation,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.catalogue.listBy('replicates_id', innovation.id, first, after);
  }

  @ResolveField(() => Agency)
  agency(@Parent() innovation: Innovation): Agency {
    return agencyRef(innovation.agencyId);
  }

  @ResolveField(() => Region)
  region(@Parent() innovation: Innovation): Region {
    return regionRef(innovation.regionCode);
  }

  @ResolveField(() => ServiceUnit, { nullable: true })
  serviceUnit(@Parent() innovation: Innovation): ServiceUnit | null {
    return innovation.serviceUnitId ? serviceUnitRef(innovation.serviceUnitId) : null;
  }
}
