import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Klaim F-01 unit untuk satu indikator: level, justifikasi, dan bukti dukung' })
export class F01Claim {
  @Field(() => ID) lokusId!: string;
  @Field() indicatorCode!: string;
  @Field(() => Int) level!: number;
  @Field(() => String, { nullable: true, description: 'Deskriptor level yang diklaim' }) descriptor!: string | null;
  @Field() justification!: string;
  @Field(() => Int) version!: number;
  @Field(() => ID, { nullable: true }) updatedBy!: string | null;
  @Field() updatedAt!: Date;
}

@InputType()
export class SaveClaimInput {
  @Field(() => ID) lokusId!: string;
  @Field() indicatorCode!: string;
  @Field(() => Int) level!: number;
  @Field() justification!: string;
  @Field(() => Int, { nullable: true, description: 'Bila diisi: versi yang disunting (0 = baru); versi usang → CONFLICT' })
  expectedVersion?: number | null;
}
