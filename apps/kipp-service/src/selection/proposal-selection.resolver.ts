import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '@simpul/service-kit';
import { canSeeScores } from '../access/score-visibility';
import { Stage } from '../competitions/stage.enum';
import { Proposal } from '../proposals/proposal.model';
import { AdminSelectionService } from './admin-selection.service';
import { AssessmentService } from './assessment.service';
import { AdministrativeCheck, Assignment, ScoreAggregate } from './selection.model';
import { FieldVerification } from './shortlist.model';
import { VerificationService } from './verification.service';

/** A proposal's selection fields: its administrative check, evaluators, score aggregates and field visits. */
@Resolver(() => Proposal)
export class ProposalSelectionResolver {
  constructor(
    private readonly adminSelection: AdminSelectionService,
    private readonly assessmentService: AssessmentService,
    private readonly verification: VerificationService,
  ) {}

  @ResolveField(() => AdministrativeCheck, { nullable: true })
  administrativeCheck(@Parent() proposal: Proposal, @Context() context: SubgraphContext): Promise<AdministrativeCheck | null> {
    return this.adminSelection.loader(context).load(proposal.id);
  }

  @ResolveField(() => [Assignment], { description: 'Penilai yang ditugaskan; untuk admin dan penilai' })
  async assignments(@Parent() proposal: Proposal, @Context() context: SubgraphContext): Promise<Assignment[]> {
    return canSeeScores(context) ? this.assessmentService.assignmentsLoader(context).load(proposal.id) : [];
  }

  @ResolveField(() => ScoreAggregate, { nullable: true, description: 'Agregat penilaian Tim Evaluasi; untuk admin dan penilai' })
  async assessment(@Parent() proposal: Proposal, @Context() context: SubgraphContext): Promise<ScoreAggregate | null> {
    return canSeeScores(context) ? this.assessmentService.aggregateLoader(context).load(`${proposal.id}:${Stage.DESK_ASSESSMENT}`) : null;
  }

  @ResolveField(() => ScoreAggregate, { nullable: true, description: 'Agregat nilai presentasi dan wawancara; untuk admin dan penilai' })
  async presentation(@Parent() proposal: Proposal, @Context() context: SubgraphContext): Promise<ScoreAggregate | null> {
    return canSeeScores(context) ? this.assessmentService.aggregateLoader(context).load(`${proposal.id}:${Stage.PRESENTATION}`) : null;
  }

  @ResolveField(() => [FieldVerification], { description: 'Catatan verifikasi lapangan' })
  fieldVerifications(@Parent() proposal: Proposal, @Context() context: SubgraphContext): Promise<FieldVerification[]> {
    return this.verification.loader(context).load(proposal.id);
  }
}
