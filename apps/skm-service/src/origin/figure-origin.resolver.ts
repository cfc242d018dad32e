import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { DataOrigin, type SubgraphContext } from '@simpul/service-kit';
import { SkmDeskIkm } from '../federation/desk.model';
import { SkmPublicPeriod } from '../results/public-results.model';
import { SkmLatestIkm, SkmResult } from '../results/result.model';
import { surveyOrigin } from './survey-origin';

const ORIGIN = { description: 'Asal angka IKM ini: OFFICIAL (jawaban nyata survei di sistem ini) atau DEMO (data contoh)' };
const SOURCE = {
  nullable: true,
  description: 'Sumber angka resmi yang dipublikasikan di luar sistem; kosong untuk survei di sistem ini dan data contoh',
};

/** Every IKM figure carries its survey's stored origin and source. */
abstract class SurveyFigureOrigin {
  constructor(private readonly dataSource: DataSource) {}

  protected async originOf(surveyId: string, context: SubgraphContext): Promise<DataOrigin> {
    return (await surveyOrigin(context, this.dataSource, surveyId))?.origin ?? DataOrigin.OFFICIAL;
  }

  protected async sourceOf(surveyId: string, context: SubgraphContext): Promise<string | null> {
    return (await surveyOrigin(context, this.dataSource, surveyId))?.source ?? null;
  }
}

@Resolver(() => SkmResult)
export class SkmResultOriginResolver extends SurveyFigureOrigin {
  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  @ResolveField(() => DataOrigin, ORIGIN)
  origin(@Parent() figure: SkmResult, @Context() context: SubgraphContext): Promise<DataOrigin> {
    return this.originOf(figure.surveyId, context);
  }

  @ResolveField(() => String, SOURCE)
  source(@Parent() figure: SkmResult, @Context() context: SubgraphContext): Promise<string | null> {
    return this.sourceOf(figure.surveyId, context);
  }
}

@Resolver(() => SkmLatestIkm)
export class SkmLatestIkmOriginResolver extends SurveyFigureOrigin {
  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  @ResolveField(() => DataOrigin, ORIGIN)
  origin(@Parent() figure: SkmLatestIkm, @Context() context: SubgraphContext): Promise<DataOrigin> {
    return this.originOf(figure.surveyId, context);
  }

  @ResolveField(() => String, SOURCE)
  source(@Parent() figure: SkmLatestIkm, @Context() context: SubgraphContext): Promise<string | null> {
    return this.sourceOf(figure.surveyId, context);
  }
}

@Resolver(() => SkmPublicPeriod)
export class SkmPublicPeriodOriginResolver extends SurveyFigureOrigin {
  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  @ResolveField(() => DataOrigin, ORIGIN)
  origin(@Parent() figure: SkmPublicPeriod, @Context() context: SubgraphContext): Promise<DataOrigin> {
    return this.originOf(figure.surveyId, context);
  }

  @ResolveField(() => String, SOURCE)
  source(@Parent() figure: SkmPublicPeriod, @Context() context: SubgraphContext): Promise<string | null> {
    return this.sourceOf(figure.surveyId, context);
  }
}

@Resolver(() => SkmDeskIkm)
export class SkmDeskIkmOriginResolver extends SurveyFigureOrigin {
  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  @ResolveField(() => DataOrigin, ORIGIN)
  origin(@Parent() figure: SkmDeskIkm, @Context() context: SubgraphContext): Promise<DataOrigin> {
    return this.originOf(figure.surveyId, context);
  }

  @ResolveField(() => String, SOURCE)
  source(@Parent() figure: SkmDeskIkm, @Context() context: SubgraphContext): Promise<string | null> {
    return this.sourceOf(figure.surveyId, context);
  }
}

export const FIGURE_ORIGIN_RESOLVERS = [
  SkmResultOriginResolver,
  SkmLatestIkmOriginResolver,
  SkmPublicPeriodOriginResolver,
  SkmDeskIkmOriginResolver,
];
