import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, badUserInput, CurrentCaller, pageOf, requireUuid } from '@simpul/service-kit';
import type { SkmDeskIkm } from '../federation/desk.model';
import { ServiceUnit } from '../federation/service-unit.model';
import { FollowUpService } from '../follow-ups/follow-up.service';
import { SkmProfileDimension } from '../surveys/respondent-profile';
import { SkmPeriodKind } from '../surveys/survey-period';
import { SurveyService } from '../surveys/survey.service';
import { SkmPublicResults } from './public-results.model';
import { SkmBreakdownConnection, SkmLatestIkm, SkmResult, SkmResultConnection } from './result.model';
import { ResultsService } from './results.service';

@Resolver(() => SkmResult)
export class ResultsResolver {
  constructor(
    private readonly results: ResultsService,
    private readonly surveys: SurveyService,
    private readonly followUps: FollowUpService,
  ) {}

  @Access('signed-in')
  @Query(() => SkmResult, {
    description: 'IKM satu survei: NRR per unsur, mutu, responden, kecukupan sampel, jawaban yang dikeluarkan, rumus dan masukannya',
  })
  skmResult(@Args('surveyId', { type: () => ID }) surveyId: string, @CurrentCaller() caller: Caller): Promise<SkmResult> {
    return this.results.result(surveyId, caller);
  }

  @Access('signed-in')
  @Query(() => SkmResultConnection, {
    description: 'IKM semua survei satu tahun yang boleh dilihat pemanggil (mis. semua unit, atau loket satu MPP untuk dasbor operator)',
  })
  skmResults(
    @CurrentCaller() caller: Caller,
    @Args('year', { type: () => Int }) year: number,
    @Args('periodKind', { type: () => SkmPeriodKind, nullable: true }) periodKind?: SkmPeriodKind | null,
    @Args('serviceUnitId', { type: () => ID, nullable: true }) serviceUnitId?: string | null,
    @Args('mallId', { type: () => ID, nullable: true }) mallId?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return this.results.results(
      {
        year,
        periodKind,
        serviceUnitId: serviceUnitId ? requireUuid(serviceUnitId, 'serviceUnitId') : null,
        mallId: mallId ? requireUuid(mallId, 'mallId') : null,
      },
      first,
      after,
      caller,
    );
  }

  @ResolveField(() => SkmBreakdownConnection, {
    description: 'IKM per kelompok profil responden (usia, jenis kelamin, pendidikan, pekerjaan, layanan)',
  })
  async breakdown(
    @Parent() result: SkmResult,
    @Args('dimension', { type: () => SkmProfileDimension }) dimension: SkmProfileDimension,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return this.results.breakdown(await this.surveys.load(result.surveyId), dimension, first, after);
  }

  @ResolveField(() => ServiceUnit, { nullable: true, description: 'Unit di registri' })
  serviceUnit(@Parent() result: SkmResult): ServiceUnit | null {
    return result.serviceUnitId ? { id: result.serviceUnitId } : null;
  }

  @Access('public')
  @Query(() => SkmPublicResults, {
    description:
      'Halaman hasil SKM publik satu unit (serviceUnitId) atau satu gerai MPP (deskId): IKM utama, tren satu jenis periode dan tindak lanjut',
  })
  async skmPublicResults(
    @Args('serviceUnitId', { type: () => ID, nullable: true }) serviceUnitId?: string | null,
    @Args('deskId', { type: () => ID, nullable: true }) deskId?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<SkmPublicResults> {
    if (Boolean(serviceUnitId) === Boolean(deskId))
      throw badUserInput('serviceUnitId', 'Name either a unit or an MPP desk.', 'Sebutkan satu unit atau satu gerai MPP.');
    const unitId = serviceUnitId ? requireUuid(serviceUnitId, 'serviceUnitId') : null;
    const desk = deskId ? requireUuid(deskId, 'deskId') : null;
    const headline = unitId
      ? (await this.results.headlinesForUnits([unitId])).get(unitId)
      : (await this.results.headlinesForDesks([desk as string])).get(desk as string);
    const kind = headline?.periodKind ?? null;
    const trend = await this.results.trend(unitId ? { serviceUnitId: unitId } : { deskId: desk as string }, kind);
    const surveys = await this.surveys.loadMany(trend.map((r) => r.surveyId));
    const byId = new Map(surveys.map((s) => [s.id, s]));
    const periods = trend.flatMap((result) => {
      const survey = byId.get(result.surveyId);
      return result.ikm && survey
        ? [
            {
              surveyId: result.surveyId,
              periodLabel: result.periodLabel,
              periodKind: result.periodKind,
              year: result.year,
              number: result.number,
              startsOn: survey.startsOn,
              endsOn: survey.endsOn,
              value: result.ikm.value,
              category: result.ikm.category,
              respondents: result.ikm.respondents,
              elements: result.elements,
            },
          ]
        : [];
    });
    const latestIkm = headline?.ikm ?? null;
    return {
      serviceUnitId: unitId,
      deskId: desk,
      desk: desk ? { id: desk } : null,
      latest: latestIkm ? ('sample' in latestIkm ? this.asUnitIkm(latestIkm) : latestIkm) : null,
      latestGap: headline?.gap ?? null,
      trendPeriodKind: kind,
      trend: pageOf(periods, first, after),
      followUps: await this.followUps.page(surveys, 100, null),
      desks: unitId ? (await this.results.desksOfUnit(unitId)).map((id) => ({ id })) : [],
    };
  }

  private asUnitIkm(ikm: SkmDeskIkm): SkmLatestIkm {
    const { sample, ...rest } = ikm;
    return { ...rest, sampleAdequate: sample.adequate ?? false };
  }
}
