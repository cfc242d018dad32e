import { Paginated } from '@simpul/service-kit';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AppealStatus {
  OPEN = 'OPEN',
  RESCORED = 'RESCORED',
  REJECTED = 'REJECTED',
}
registerEnumType(AppealStatus, { name: 'AppealStatus' });

export enum AppealDecision {
  RESCORE = 'RESCORE',
  REJECT = 'REJECT',
}
registerEnumType(AppealDecision, { name: 'AppealDecision' });

@ObjectType({ description: 'Sanggahan desk atas nilai satu indikator dan keputusan evaluator; semuanya disimpan' })
export class Appeal {
  @Field(() => ID) id!: string;
  @Field(() => ID) lokusId!: string;
  @Field({ description: 'Nama unit lokus yang menyanggah' }) unitName!: string;
  @Field() indicatorCode!: string;
  @Field(() => Int, { description: 'Nilai F-02 saat disanggah' }) disputedLevel!: number;
  @Field(() => Int, { nullable: true }) requestedLevel!: number | null;
  @Field() reason!: string;
  @Field(() => ID) filedBy!: string;
  @Field() filedAt!: Date;
  @Field(() => AppealStatus) status!: AppealStatus;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field(() => Int, { nullable: true }) newLevel!: number | null;
  @Field(() => ID, { nullable: true }) decidedBy!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType()
export class AppealConnection extends Paginated(Appeal, 'Appeal') {}

@InputType()
export class FileAppealInput {
  @Field(() => ID) lokusId!: string;
  @Field() indicatorCode!: string;
  @Field() reason!: string;
  @Field(() => Int, { nullable: true }) requestedLevel?: number | null;
}

@InputType()
export class DecideAppealInput {
  @Field(() => ID) appealId!: string;
  @Field(() => AppealDecision) decision!: AppealDecision;
  @Field() reason!: string;
  @Field(() => Int, { nullable: true, description: 'Wajib untuk RESCORE' }) newLevel?: number | null;
}
