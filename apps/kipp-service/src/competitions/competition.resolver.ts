import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentCaller, type SubgraphContext } from '@simpul/service-kit';
import type { Caller } from '@simpul/contracts';
import { ADMIN_CHECKLIST, ChecklistDefinition } from '../selection/admin-checklist';
import { Competition, CompetitionConnection, StageWindow } from './competition.model';
import { CreateCompetitionInput, SetStageRubricInput } from './competition.input';
import { CompetitionService } from './competition.service';
import { Stage } from './stage.enum';

@Resolver(() => Competition)
export class CompetitionResolver {
  constructor(private readonly service: CompetitionService) {}

  @Access('public')
  @Query(() => CompetitionConnection, { description: 'Kompetisi KIPP, terbaru dahulu' })
  competitions(@Args('first', { type: () => Int, nullable: true }) first?: number, @Args('after', { nullable: true }) after?: string) {
    return this.service.list(first, after);
  }

  @Access('public')
  @Query(() => Competition, { nullable: true, description: 'Satu kompetisi menurut id atau tahun' })
  competition(
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ) {
    return this.service.find(id, year);
  }

  @Access('public')
  @Query(() => [ChecklistDefinition], { description: 'Daftar periksa seleksi administrasi' })
  administrativeChecklist(): ChecklistDefinition[] {
    return ADMIN_CHECKLIST;
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => Competition, {
    description:
      'Membuat kompetisi satu tahun dengan kelompok, kategori, aturan kelayakan dan kalender tahap; rubrik bawaan per tahap yang dinilai',
  })
  createCompetition(@CurrentCaller() caller: Caller, @Args('input') input: CreateCompetitionInput) {
    return this.service.create(caller, input);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => StageWindow, {
    description:
      'Mengganti rubrik satu tahap untuk satu kelompok (bobot harus berjumlah tepat 100); CONFLICT bila sudah ada nilai atau tahap sudah diputuskan',
  })
  setStageRubric(@CurrentCaller() caller: Caller, @Args('input') input: SetStageRubricInput) {
    return this.service.setRubric(caller, input);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => StageWindow, {
    description:
      'Memutuskan (menutup) satu tahap dengan alasan; sesudahnya datanya tidak dapat diubah. Top 99 dan Top 45 memakai decideTop99/decideTop45',
  })
  decideStage(
    @CurrentCaller() caller: Caller,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('stage', { type: () => Stage }) stage: Stage,
    @Args('reason') reason: string,
  ) {
    return this.service.decide(caller, competitionId, stage, reason);
  }

  @ResolveField(() => [StageWindow], { description: 'Kalender tahap, berurutan' })
  stages(@Parent() competition: Competition, @Context() context: SubgraphContext): Promise<StageWindow[]> {
    return this.service.stagesLoader(context).load(competition.id);
  }
}
