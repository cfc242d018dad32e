import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller, type SubgraphContext } from '@simpul/service-kit';
import { Stage } from '../competitions/stage.enum';
import { AdminSelectionService } from './admin-selection.service';
import { AssessmentService } from './assessment.service';
import { ObjectionService } from './objection.service';
import {
  AdministrativeCheck,
  AdministrativeCheckInput,
  AssignmentConnection,
  AssignmentSummary,
  EvaluatorScore,
  RankedProposalConnection,
  ScoreInput,
} from './selection.model';
import {
  BalanceDimension,
  DecisionConnection,
  FieldVerification,
  Objection,
  ObjectionConnection,
  ShortlistEntry,
  ShortlistEntryConnection,
  ShortlistTier,
} from './shortlist.model';
import { ShortlistService } from './shortlist.service';
import { VerificationService } from './verification.service';

@Resolver()
export class SelectionResolver {
  constructor(
    private readonly adminSelection: AdminSelectionService,
    private readonly assessment: AssessmentService,
    private readonly shortlistService: ShortlistService,
    private readonly objectionService: ObjectionService,
    private readonly verification: VerificationService,
  ) {}

  @Access('NATIONAL_ADMIN')
  @Mutation(() => AdministrativeCheck, {
    description: 'Seleksi administrasi: daftar periksa, lolos atau gagal dengan alasan; desk diberi tahu',
  })
  recordAdministrativeCheck(@Context() context: SubgraphContext, @Args('input') input: AdministrativeCheckInput) {
    return this.adminSelection.record(context, input);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => AssignmentSummary, { description: 'Menugaskan Tim Evaluasi: beban seimbang, tidak ada penilai dari instansi pengusul' })
  assignEvaluators(@CurrentCaller() caller: Caller, @Args('competitionId', { type: () => ID }) competitionId: string) {
    return this.assessment.assign(caller, competitionId);
  }

  @Access('EVALUATOR')
  @Mutation(() => EvaluatorScore, {
    description:
      'Nilai rubrik dengan komentar. FORBIDDEN bila proposal tidak ditugaskan kepada penilai; CONFLICT bila tahap sudah diputuskan',
  })
  submitScore(@Context() context: SubgraphContext, @Args('input') input: ScoreInput) {
    return this.assessment.score(context, input);
  }

  @Access('EVALUATOR')
  @Query(() => AssignmentConnection, { description: 'Proposal yang ditugaskan kepada penilai ini' })
  myAssignments(
    @Context() context: SubgraphContext,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.assessment.myAssignments(context, competitionId, first, after);
  }

  @Access('NATIONAL_ADMIN', 'EVALUATOR')
  @Query(() => RankedProposalConnection, { description: 'Peringkat satu tahap yang dinilai (peringkat kompetisi "1224" dari agregat)' })
  ranking(
    @Context() context: SubgraphContext,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('stage', { type: () => Stage }) stage: Stage,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.assessment.ranking(context, competitionId, stage, first, after);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => Int, {
    description: 'Menyusun rancangan Top 99 dari peringkat Tim Evaluasi (mengganti rancangan sebelumnya); mengembalikan jumlahnya',
  })
  proposeTop99(@CurrentCaller() caller: Caller, @Args('competitionId', { type: () => ID }) competitionId: string) {
    return this.shortlistService.proposeTop99(caller, competitionId);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => [ShortlistEntry], { description: 'Panel menambah atau mengeluarkan satu proposal dari rancangan Top 99, dengan alasan' })
  adjustShortlist(
    @CurrentCaller() caller: Caller,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('include') include: boolean,
    @Args('reason') reason: string,
  ) {
    return this.shortlistService.adjust(caller, proposalId, include, reason);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => Int, { description: 'Memutuskan Top 99 dan menerbitkannya ke katalog' })
  decideTop99(
    @CurrentCaller() caller: Caller,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('reason') reason: string,
  ) {
    return this.shortlistService.decideTop99(caller, competitionId, reason);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => Int, {
    description: 'Memutuskan Top 45 dari peringkat presentasi; setiap proposal harus sudah diverifikasi lapangan oleh ≥ 1 TPI dan ≥ 1 TE',
  })
  decideTop45(
    @CurrentCaller() caller: Caller,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('reason') reason: string,
  ) {
    return this.shortlistService.decideTop45(caller, competitionId, reason);
  }

  @Access('public')
  @Query(() => ShortlistEntryConnection, {
    description: 'Daftar Top 99 atau Top 45; publik setelah diputuskan, admin dan TPI juga rancangannya',
  })
  shortlist(
    @Context() context: SubgraphContext,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('tier', { type: () => ShortlistTier }) tier: ShortlistTier,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.shortlistService.list(context, competitionId, tier, first, after);
  }

  @Access('public')
  @Query(() => [BalanceDimension], { description: 'Indikator keseimbangan daftar dibanding kumpulan yang lolos administrasi' })
  shortlistBalance(
    @Context() context: SubgraphContext,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('tier', { type: () => ShortlistTier }) tier: ShortlistTier,
  ) {
    return this.shortlistService.balance(context, competitionId, tier);
  }

  @Access('public')
  @Mutation(() => Objection, {
    description:
      'Sanggahan publik (anonim, kontak opsional) atas inovasi Top 99 selama masa sanggah; CONFLICT di luar masa sanggah atau bila terlalu sering',
  })
  fileObjection(
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('body') body: string,
    @Args('contact', { type: () => String, nullable: true }) contact?: string | null,
  ) {
    return this.objectionService.file(proposalId, body, contact);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => Objection, { description: 'Memutuskan sanggahan dengan alasan; bila diterima proposal gugur' })
  decideObjection(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('upheld') upheld: boolean,
    @Args('reason') reason: string,
  ) {
    return this.objectionService.decide(caller, id, upheld, reason);
  }

  @Access('public')
  @Query(() => ObjectionConnection, { description: 'Sanggahan beserta keputusannya (kontak hanya untuk admin)' })
  objections(
    @CurrentCaller() caller: Caller,
    @Args('competitionId', { type: () => ID, nullable: true }) competitionId?: string,
    @Args('proposalId', { type: () => ID, nullable: true }) proposalId?: string,
    @Args('undecidedOnly', { nullable: true }) undecidedOnly?: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.objectionService.list(caller, { competitionId, proposalId, undecidedOnly }, first, after);
  }

  @Access('EVALUATOR')
  @Mutation(() => FieldVerification, { description: 'Catatan verifikasi lapangan oleh anggota TPI atau Tim Evaluasi' })
  recordKippFieldVerification(
    @Context() context: SubgraphContext,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('visitedOn') visitedOn: string,
    @Args('notes') notes: string,
  ) {
    return this.verification.record(context, proposalId, visitedOn, notes);
  }

  @Access('NATIONAL_ADMIN')
  @Query(() => DecisionConnection, { description: 'Jejak keputusan: siapa, kapan, mengapa' })
  decisions(
    @CurrentCaller() caller: Caller,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('proposalId', { type: () => ID, nullable: true }) proposalId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.verification.decisions(caller, competitionId, proposalId, first, after);
  }
}
