import { Field, ID, InputType } from '@nestjs/graphql';
import { AssignmentRole, EvaluatorLevel } from './evaluator.model';

@InputType()
export class EvaluatorProfileInput {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field(() => ID) agencyId!: string;
  @Field(() => EvaluatorLevel) level!: EvaluatorLevel;
  @Field(() => String, { nullable: true, description: 'Wajib untuk PROVINCE dan REGENCY' }) provinceCode?: string | null;
}

@InputType({ description: 'Konflik kepentingan dengan sebuah instansi dan/atau unit' })
export class DeclareConflictInput {
  @Field(() => ID, { nullable: true, description: 'Hanya admin: menyatakan atas nama evaluator lain' }) evaluatorId?: string | null;
  @Field(() => ID, { nullable: true }) agencyId?: string | null;
  @Field(() => ID, { nullable: true }) serviceUnitId?: string | null;
  @Field() reason!: string;
}

@InputType()
export class AssignEvaluatorInput {
  @Field(() => ID) lokusId!: string;
  @Field(() => ID) evaluatorId!: string;
  @Field(() => AssignmentRole, { defaultValue: AssignmentRole.PRIMARY }) role!: AssignmentRole;
}
