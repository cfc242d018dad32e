import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller } from '@simpul/service-kit';
import { SkmSurvey } from '../surveys/survey.model';
import { SurveyService } from '../surveys/survey.service';
import { CreateSkmFollowUpInput, SkmFollowUp, SkmFollowUpConnection, UpdateSkmFollowUpInput } from './follow-up.model';
import { FollowUpService } from './follow-up.service';

@Resolver(() => SkmSurvey)
export class FollowUpResolver {
  constructor(
    private readonly plans: FollowUpService,
    private readonly surveys: SurveyService,
  ) {}

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR', 'UNIT_DESK')
  @Mutation(() => SkmFollowUp, { description: 'Tambah rencana tindak lanjut untuk satu unsur (biasanya unsur lemah)' })
  createSkmFollowUp(@Args('input') input: CreateSkmFollowUpInput, @CurrentCaller() caller: Caller): Promise<SkmFollowUp> {
    return this.plans.create(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR', 'UNIT_DESK')
  @Mutation(() => SkmFollowUp, { description: 'Perbarui status, hasil, tenggat atau penanggung jawab rencana tindak lanjut' })
  updateSkmFollowUp(@Args('input') input: UpdateSkmFollowUpInput, @CurrentCaller() caller: Caller): Promise<SkmFollowUp> {
    return this.plans.update(input, caller);
  }

  @ResolveField(() => SkmFollowUpConnection, { description: 'Rencana tindak lanjut survei ini, menurut tenggat' })
  async followUps(
    @Parent() survey: SkmSurvey,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return this.plans.page([await this.surveys.load(survey.id)], first, after);
  }
}
