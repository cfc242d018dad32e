import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { CompetitionGroup } from '../competitions/group.enum';
import { Stage } from '../competitions/stage.enum';

@ObjectType({ description: 'Hasil satu butir daftar periksa' })
export class ChecklistResult {
  @Field() code!: string;
  @Field() passed!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ description: 'Hasil seleksi administrasi satu proposal' })
export class AdministrativeCheck {
  @Field(() => ID) proposalId!: string;
  @Field(() => [ChecklistResult]) checklist!: ChecklistResult[];
  @Field() passed!: boolean;
  @Field() reason!: string;
  @Field(() => ID) decidedBy!: string;
  @Field() decidedAt!: Date;
}

@InputType()
export class ChecklistItemInput {
  @Field() code!: string;
  @Field() passed!: boolean;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class AdministrativeCheckInput {
  @Field(() => ID) proposalId!: string;
  @Field(() => [ChecklistItemInput]) checklist!: ChecklistItemInput[];
  @Field() reason!: string;
}

@ObjectType({ description: 'Penugasan penilai pada satu proposal' })
export class Assignment {
  @Field(() => ID) proposalId!: string;
  @Field(() => ID) evaluatorId!: string;
  @Field() evaluatorName!: string;
  @Field(() => Stage) stage!: Stage;
  @Field({ description: 'Penilai sudah memberi nilai' }) scored!: boolean;
}

@ObjectType('AssignmentConnection')
export class AssignmentConnection extends Paginated(Assignment, 'Assignment') {}

@ObjectType({ description: 'Beban penilaian per anggota Tim Evaluasi' })
export class EvaluatorLoad {
  @Field(() => ID) evaluatorId!: string;
  @Field() evaluatorName!: string;
  @Field(() => Int) assigned!: number;
}

@ObjectType({ description: 'Ringkasan penugasan Tim Evaluasi' })
export class AssignmentSummary {
  @Field(() => Int) proposals!: number;
  @Field(() => Int, { description: 'Penugasan baru yang dibuat' }) created!: number;
  @Field(() => [EvaluatorLoad], { description: 'Beban per anggota, terberat dahulu lalu menurut nama' }) loads!: EvaluatorLoad[];
}

@ObjectType({ description: 'Nilai satu kriteria dengan komentar' })
export class CriterionScore {
  @Field() code!: string;
  @Field(() => Float) score!: number;
  @Field(() => String, { nullable: true }) comment!: string | null;
}

@ObjectType({ description: 'Nilai satu penilai untuk satu proposal pada satu tahap' })
export class EvaluatorScore {
  @Field(() => ID) proposalId!: string;
  @Field(() => ID) evaluatorId!: string;
  @Field(() => Stage) stage!: Stage;
  @Field() rubricId!: string;
  @Field(() => [CriterionScore]) criteria!: CriterionScore[];
  @Field() comment!: string;
  @Field(() => Float) total!: number;
  @Field({ description: 'Menyimpang dari agregat lebih dari ambang pencilan' }) outlier!: boolean;
  @Field() scoredAt!: Date;
}

@InputType()
export class CriterionScoreInput {
  @Field() code!: string;
  @Field(() => Float) score!: number;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@InputType()
export class ScoreInput {
  @Field(() => ID) proposalId!: string;
  @Field(() => Stage, { description: 'DESK_ASSESSMENT (Tim Evaluasi) atau PRESENTATION (TPI)' }) stage!: Stage;
  @Field(() => [CriterionScoreInput]) criteria!: CriterionScoreInput[];
  @Field() comment!: string;
}

@ObjectType({ description: 'Agregat nilai satu proposal pada satu tahap: rata-rata, atau rata-rata terpangkas bila ≥ 3 penilai' })
export class ScoreAggregate {
  @Field(() => ID) proposalId!: string;
  @Field(() => Stage) stage!: Stage;
  @Field(() => Int) evaluators!: number;
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => Float, { nullable: true, description: 'Rata-rata tanpa nilai tertinggi dan terendah (≥ 3 penilai)' }) trimmedMean!:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Nilai yang dipakai: rata-rata terpangkas bila ada, selain itu rata-rata' }) value!:
    number | null;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field(() => Float, { nullable: true, description: 'Rentang (maks − min)' }) spread!: number | null;
  @Field(() => [EvaluatorScore]) scores!: EvaluatorScore[];
}

@ObjectType({ description: 'Satu baris peringkat' })
export class RankedProposal {
  @Field(() => Int) rank!: number;
  @Field(() => Int) of!: number;
  @Field() tied!: boolean;
  @Field(() => Float) value!: number;
  @Field(() => ID) proposalId!: string;
  @Field() title!: string;
  @Field(() => CompetitionGroup) group!: CompetitionGroup;
  @Field() category!: string;
  @Field(() => Int) evaluators!: number;
  @Field(() => Float, { nullable: true }) spread!: number | null;
}

@ObjectType('RankedProposalConnection')
export class RankedProposalConnection extends Paginated(RankedProposal, 'RankedProposal') {}
