import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller, type SubgraphContext } from '@simpul/service-kit';
import { listLoader } from '../common/loaders';
import { canSeeWork } from '../lokus/lokus-work-scope';
import { Lokus } from '../lokus/lokus.model';
import { AssignEvaluatorInput, DeclareConflictInput, EvaluatorProfileInput } from './evaluator.input';
import { ConflictDeclaration, EvaluatorAssignment, EvaluatorProfile, EvaluatorWorkload } from './evaluator.model';
import { EvaluatorService } from './evaluator.service';

@Resolver(() => Lokus)
export class EvaluatorResolver {
  constructor(
    private readonly evaluators: EvaluatorService,
    private readonly dataSource: DataSource,
  ) {}

  @Access('NATIONAL_ADMIN')
  @Query(() => [EvaluatorProfile], { description: 'Admin nasional' })
  evaluatorProfiles(@CurrentCaller() caller: Caller): Promise<EvaluatorProfile[]> {
    return this.evaluators.profiles(caller);
  }

  @Access('EVALUATOR')
  @Query(() => EvaluatorProfile, { nullable: true, description: 'Profil evaluator pemanggil' })
  myEvaluatorProfile(@CurrentCaller() caller: Caller): Promise<EvaluatorProfile | null> {
    return this.evaluators.profile(caller?.userId ?? '');
  }

  @Access('NATIONAL_ADMIN', 'EVALUATOR')
  @Query(() => [ConflictDeclaration], { description: 'Admin: semua (atau satu evaluator); evaluator: miliknya sendiri' })
  conflictDeclarations(@CurrentCaller() caller: Caller, @Args('evaluatorId', { type: () => ID, nullable: true }) evaluatorId?: string): Promise<ConflictDeclaration[]> {
    return this.evaluators.conflicts(caller, evaluatorId);
  }

  @Access('NATIONAL_ADMIN')
  @Query(() => [EvaluatorWorkload], { description: 'Admin nasional: beban kerja evaluator dalam satu siklus' })
  evaluatorWorkload(@Args('cycleId', { type: () => ID }) cycleId: string, @CurrentCaller() caller: Caller): Promise<EvaluatorWorkload[]> {
    return this.evaluators.workload(cycleId, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => EvaluatorProfile, { description: 'Admin nasional' })
  upsertEvaluatorProfile(@Args('input') input: EvaluatorProfileInput, @CurrentCaller() caller: Caller): Promise<EvaluatorProfile> {
    return this.evaluators.upsertProfile(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'EVALUATOR')
  @Mutation(() => ConflictDeclaration, { description: 'Evaluator (untuk dirinya) atau admin nasional' })
  declareConflictOfInterest(@Args('input') input: DeclareConflictInput, @CurrentCaller() caller: Caller): Promise<ConflictDeclaration> {
    return this.evaluators.declareConflict(input, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => EvaluatorAssignment, { description: 'Admin nasional: menolak evaluator yang berkonflik, seinstansi, atau di luar hierarki' })
  assignEvaluator(@Args('input') input: AssignEvaluatorInput, @CurrentCaller() caller: Caller): Promise<EvaluatorAssignment> {
    return this.evaluators.assign(input, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => Boolean, { description: 'Admin nasional' })
  unassignEvaluator(@Args('lokusId', { type: () => ID }) lokusId: string, @Args('evaluatorId', { type: () => ID }) evaluatorId: string, @CurrentCaller() caller: Caller): Promise<boolean> {
    return this.evaluators.unassign(lokusId, evaluatorId, caller);
  }

  @ResolveField(() => [EvaluatorAssignment], { description: 'Evaluator yang ditugaskan (bukan untuk publik)' })
  async assignments(@Parent() lokus: Lokus, @Context() context: SubgraphContext): Promise<EvaluatorAssignment[]> {
    if (!(await canSeeWork(context, this.dataSource, lokus))) return [];
    return listLoader(context, 'lokus.assignments', (ids) => this.evaluators.assignmentsFor(ids), (row: EvaluatorAssignment) => row.lokusId).load(lokus.id);
  }
}
