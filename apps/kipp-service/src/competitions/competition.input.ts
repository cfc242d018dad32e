import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CompetitionGroup } from './group.enum';
import { Stage } from './stage.enum';

@InputType('KippGroupRuleInput')
export class GroupRuleInput {
  @Field(() => CompetitionGroup) group!: CompetitionGroup;
  @Field(() => Int) minAgeYears!: number;
  @Field(() => Int, { nullable: true }) quotaPerAgency?: number | null;
}

@InputType('KippStageWindowInput')
export class StageWindowInput {
  @Field(() => Stage) stage!: Stage;
  @Field() opensOn!: string;
  @Field() closesOn!: string;
}

@InputType('KippCreateCompetitionInput')
export class CreateCompetitionInput {
  @Field(() => Int) year!: number;
  @Field() title!: string;
  @Field(() => [CompetitionGroup], { nullable: true, description: 'Bawaan: UMUM, REPLIKASI, KHUSUS' }) groups?: CompetitionGroup[] | null;
  @Field(() => [String]) categories!: string[];
  @Field(() => [StageWindowInput], { description: 'Kedelapan tahap, berurutan' }) stages!: StageWindowInput[];
  @Field(() => [GroupRuleInput], { nullable: true, description: 'Bawaan DOMAIN §9: umum 2 tahun/10, replikasi 1 tahun/5, khusus 2 tahun' })
  groupRules?: GroupRuleInput[] | null;
  @Field(() => Int, { nullable: true }) top99Size?: number | null;
  @Field(() => Int, { nullable: true }) top45Size?: number | null;
  @Field(() => Int, { nullable: true }) evaluatorsPerProposal?: number | null;
}

@InputType('KippRubricCriterionInput')
export class RubricCriterionInput {
  @Field() code!: string;
  @Field() name!: string;
  @Field() nameEn!: string;
  @Field({ description: 'Bobot persen sebagai teks eksak ("25", "100/6")' }) weight!: string;
}

@InputType('KippSetStageRubricInput')
export class SetStageRubricInput {
  @Field(() => ID) competitionId!: string;
  @Field(() => Stage) stage!: Stage;
  @Field(() => CompetitionGroup) group!: CompetitionGroup;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) passingGrade?: string | null;
  @Field(() => [RubricCriterionInput]) criteria!: RubricCriterionInput[];
}
