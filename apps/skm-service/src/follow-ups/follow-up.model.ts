import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';

export enum SkmFollowUpStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(SkmFollowUpStatus, {
  name: 'SkmFollowUpStatus',
  description: 'Status rencana tindak lanjut: direncanakan, berjalan, selesai, dibatalkan',
});

@ObjectType({ description: 'Rencana tindak lanjut hasil SKM untuk satu unsur ("Anda berkata, kami melakukan")' })
export class SkmFollowUp {
  @Field(() => ID) id!: string;
  @Field(() => ID) surveyId!: string;
  @Field() elementCode!: string;
  @Field() elementName!: string;
  @Field({ description: 'Tindakan perbaikan' }) action!: string;
  @Field({ description: 'Penanggung jawab' }) owner!: string;
  @Field({ description: 'Tenggat (YYYY-MM-DD)' }) dueOn!: string;
  @Field(() => SkmFollowUpStatus) status!: SkmFollowUpStatus;
  @Field(() => String, { nullable: true, description: 'Hasil yang sudah dicapai' }) outcome!: string | null;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class SkmFollowUpConnection extends Paginated(SkmFollowUp, 'SkmFollowUp') {}

@InputType()
export class CreateSkmFollowUpInput {
  @Field(() => ID) surveyId!: string;
  @Field() elementCode!: string;
  @Field() action!: string;
  @Field() owner!: string;
  @Field() dueOn!: string;
  @Field(() => SkmFollowUpStatus, { nullable: true }) status?: SkmFollowUpStatus | null;
}

@InputType()
export class UpdateSkmFollowUpInput {
  @Field(() => ID) id!: string;
  @Field(() => SkmFollowUpStatus, { nullable: true }) status?: SkmFollowUpStatus | null;
  @Field(() => String, { nullable: true }) outcome?: string | null;
  @Field(() => String, { nullable: true }) dueOn?: string | null;
  @Field(() => String, { nullable: true }) owner?: string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
}
