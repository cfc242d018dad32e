import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { Access, type Connection, type SubgraphContext, listLoader, PageArgs, SignedInCaller } from '@simpul/service-kit';
import { canSeeWork } from '../access/lokus-work-scope';
import { Lokus } from '../lokus/lokus.model';
import { AssignEvaluatorInput, DeclareConflictInput, EvaluatorProfileInput } from './evaluator.input';
import {
  AssignmentCandidate,
  AssignmentCandidateConnection,
  ConflictDeclaration,
  ConflictDeclarationConnection,
  EvaluatorAssignment,
  EvaluatorProfile,
  EvaluatorProfileConnection,
  EvaluatorWorkload,
  EvaluatorWorkloadConnection,
} from './evaluator.model';
import { EvaluatorService } from './evaluator.service';

@Resolver(() => Lokus)
export class EvaluatorResolver {
  constructor(
    private readonly evaluators: EvaluatorService,
    private readonly dataSource: DataSource,
  ) {}

  @Access('NATIONAL_ADMIN')
  @Query(() => EvaluatorProfileConnection, { description: 'Admin nasional: profil evaluator menurut nama; search = bagian nama' })
  evaluatorProfiles(
    @Args() page: PageArgs,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
  ): Promise<Connection<EvaluatorProfile>> {
    return this.evaluators.profiles(search, page);
  }

  @Access('EVALUATOR')
  @Query(() => EvaluatorProfile, { nullable: true, description: 'Profil evaluator pemanggil' })
  myEvaluatorProfile(@SignedInCaller() caller: Identity): Promise<EvaluatorProfile | null> {
    return this.evaluators.profile(caller.userId);
  }

  @Access('NATIONAL_ADMIN', 'EVALUATOR')
  @Query(() => ConflictDeclarationConnection, {
    description: 'Admin: semua (atau satu evaluator); evaluator: miliknya sendiri; terlama dahulu',
  })
  conflictDeclarations(
    @SignedInCaller() caller: Identity,
    @Args() page: PageArgs,
    @Args('evaluatorId', { type: () => ID, nullable: true }) evaluatorId?: string,
  ): Promise<Connection<ConflictDeclaration>> {
    return this.evaluators.conflicts(caller, evaluatorId, page);
  }

  @Access('NATIONAL_ADMIN')
  @Query(() => EvaluatorWorkloadConnection, { description: 'Admin nasional: beban kerja evaluator dalam satu siklus, menurut nama' })
  evaluatorWorkload(@Args('cycleId', { type: () => ID }) cycleId: string, @Args() page: PageArgs): Promise<Connection<EvaluatorWorkload>> {
    return this.evaluators.workload(cycleId, page);
  }

  @Access('NATIONAL_ADMIN')
  @Query(() => AssignmentCandidateConnection, {
    description:
      'Admin nasional: setiap evaluator terdaftar untuk satu lokus, menurut nama, dengan boleh/tidaknya ditugaskan dan alasannya',
  })
  assignmentCandidates(
    @Args('lokusId', { type: () => ID }) lokusId: string,
    @Args() page: PageArgs,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
  ): Promise<Connection<AssignmentCandidate>> {
    return this.evaluators.candidates(lokusId, search, page);
  }

  @Access('NATIONAL_ADMIN', 'EVALUATOR')
  @Mutation(() => Boolean, {
    description: 'Admin nasional, atau evaluator untuk pernyataannya sendiri: mencabut pernyataan konflik kepentingan',
  })
  withdrawConflictDeclaration(@Args('id', { type: () => ID }) id: string, @SignedInCaller() caller: Identity): Promise<boolean> {
    return this.evaluators.withdrawConflict(id, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => EvaluatorProfile, { description: 'Admin nasional' })
  upsertEvaluatorProfile(@Args('input') input: EvaluatorProfileInput): Promise<EvaluatorProfile> {
    return this.evaluators.upsertProfile(input);
  }

  @Access('NATIONAL_ADMIN', 'EVALUATOR')
  @Mutation(() => ConflictDeclaration, { description: 'Evaluator (untuk dirinya) atau admin nasional' })
  declareConflictOfInterest(@Args('input') input: DeclareConflictInput, @SignedInCaller() caller: Identity): Promise<ConflictDeclaration> {
    return this.evaluators.declareConflict(input, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => EvaluatorAssignment, {
    description: 'Admin nasional: menolak evaluator yang berkonflik, seinstansi, atau di luar hierarki',
  })
  assignEvaluator(@Args('input') input: AssignEvaluatorInput, @SignedInCaller() caller: Identity): Promise<EvaluatorAssignment> {
    return this.evaluators.assign(input, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => Boolean, { description: 'Admin nasional' })
  unassignEvaluator(
    @Args('lokusId', { type: () => ID }) lokusId: string,
    @Args('evaluatorId', { type: () => ID }) evaluatorId: string,
  ): Promise<boolean> {
    return this.evaluators.unassign(lokusId, evaluatorId);
  }

  @ResolveField(() => [EvaluatorAssignment], { description: 'Evaluator yang ditugaskan (bukan untuk publik)' })
  async assignments(@Parent() lokus: Lokus, @Context() context: SubgraphContext): Promise<EvaluatorAssignment[]> {
    if (!(await canSeeWork(context, this.dataSource, lokus))) return [];
    return listLoader(
      context,
      'lokus.assignments',
      (ids) => this.evaluators.assignmentsFor(ids),
      (row: EvaluatorAssignment) => row.lokusId,
    ).load(lokus.id);
  }
}
