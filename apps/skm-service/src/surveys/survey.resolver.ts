import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller, type SubgraphContext, rowLoader } from '@simpul/service-kit';
import { canRead, requireCan } from '../access/skm-access';
import { Desk } from '../federation/desk.model';
import { ServiceUnit } from '../federation/service-unit.model';
import { SkmResult } from '../results/result.model';
import { ResultsService } from '../results/results.service';
import { SkmLink, SkmLinkConnection, SkmLinkUsage } from './link.model';
import { LinkService } from './link.service';
import { CreateSkmSurveyInput, SkmSurveyFilter, UpdateSkmSurveyInput } from './survey.input';
import { SkmPublicSurvey, SkmSurvey, SkmSurveyConnection } from './survey.model';
import { SurveyService } from './survey.service';
import { SkmPeriodKind } from './survey-period';

@Resolver(() => SkmSurvey)
export class SurveyResolver {
  constructor(
    private readonly surveys: SurveyService,
    private readonly linkService: LinkService,
    private readonly results: ResultsService,
  ) {}

  @Access('signed-in')
  @Query(() => SkmSurveyConnection, {
    description:
      'Survei SKM yang boleh dilihat pemanggil (admin/evaluator: semua; operator MPP: MPP-nya; desk unit: unitnya), terbaru dahulu',
  })
  skmSurveys(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => SkmSurveyFilter, nullable: true }) filter?: SkmSurveyFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return this.surveys.list(filter, first, after, caller);
  }

  @Access('signed-in')
  @Query(() => SkmSurvey)
  async skmSurvey(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<SkmSurvey> {
    const survey = await this.surveys.load(id, 'id');
    requireCan(canRead, survey, caller);
    return this.surveys.toModel(survey);
  }

  @Access('signed-in')
  @Query(() => [SkmSurvey], {
    description:
      'Survei unit (seluruh unit) atau gerai yang sama yang periodenya bertumpang tindih dengan periode ini (peringatan sebelum membuat survei), paling banyak 20',
  })
  skmOverlappingSurveys(
    @CurrentCaller() caller: Caller,
    @Args('periodKind', { type: () => SkmPeriodKind }) periodKind: SkmPeriodKind,
    @Args('year', { type: () => Int }) year: number,
    @Args('number', { type: () => Int }) number: number,
    @Args('serviceUnitId', { type: () => ID, nullable: true }) serviceUnitId?: string | null,
    @Args('deskId', { type: () => ID, nullable: true }) deskId?: string | null,
  ): Promise<SkmSurvey[]> {
    return this.surveys.overlapping({ serviceUnitId, deskId, periodKind, year, number }, caller);
  }

  @Access('public')
  @Query(() => SkmPublicSurvey, { description: 'Formulir publik survei lewat kode QR atau token tautan sekali pakai' })
  skmPublicSurvey(
    @Args('code', { type: () => String, nullable: true }) code?: string | null,
    @Args('token', { type: () => String, nullable: true }) token?: string | null,
  ): Promise<SkmPublicSurvey> {
    return this.surveys.publicSurvey(code, token);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR', 'UNIT_DESK')
  @Mutation(() => SkmSurvey, {
    description: 'Buat survei SKM satu unit/loket untuk satu periode (bawaan sembilan unsur PermenPANRB 14/2017)',
  })
  createSkmSurvey(@Args('input') input: CreateSkmSurveyInput, @CurrentCaller() caller: Caller): Promise<SkmSurvey> {
    return this.surveys.create(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR', 'UNIT_DESK')
  @Mutation(() => SkmSurvey, { description: 'Ubah judul, perkiraan jumlah pengguna layanan atau jam layanan survei' })
  updateSkmSurvey(@Args('input') input: UpdateSkmSurveyInput, @CurrentCaller() caller: Caller): Promise<SkmSurvey> {
    return this.surveys.update(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR', 'UNIT_DESK')
  @Mutation(() => [SkmLink], { description: 'Terbitkan 1–100 tautan survei sekali pakai' })
  issueSkmLinks(
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('count', { type: () => Int }) count: number,
    @CurrentCaller() caller: Caller,
  ): Promise<SkmLink[]> {
    return this.linkService.issue(surveyId, count, caller);
  }

  @ResolveField(() => SkmLinkConnection, { description: 'Tautan sekali pakai survei ini' })
  links(
    @Parent() survey: SkmSurvey,
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return this.linkService.list(survey.id, first, after, caller);
  }

  @ResolveField(() => SkmLinkUsage, { description: 'Jumlah tautan sekali pakai yang diterbitkan dan yang sudah dipakai' })
  linkUsage(@Parent() survey: SkmSurvey, @CurrentCaller() caller: Caller): Promise<SkmLinkUsage> {
    return this.linkService.usage(survey.id, caller);
  }

  @ResolveField(() => ServiceUnit, { nullable: true, description: 'Unit di registri (nama, instansi lewat gateway)' })
  serviceUnit(@Parent() survey: SkmSurvey): ServiceUnit | null {
    return survey.serviceUnitId ? { id: survey.serviceUnitId } : null;
  }

  @ResolveField(() => Desk, {
    nullable: true,
    description: 'Gerai/loket MPP yang disurvei (nomor, nama lewat gateway); null untuk survei unit',
  })
  desk(@Parent() survey: SkmSurvey): Desk | null {
    return survey.deskId ? { id: survey.deskId } : null;
  }

  @ResolveField(() => SkmResult, { description: 'Hasil IKM survei ini (dari tabel rollup)' })
  async result(@Parent() survey: SkmSurvey, @Context() context: SubgraphContext): Promise<SkmResult | null> {
    return rowLoader(
      context,
      'survey.result',
      async (ids) => this.results.resultsOf(await this.surveys.loadMany(ids)),
      (row) => row.surveyId,
    ).load(survey.id);
  }
}
