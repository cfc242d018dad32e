import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { SkmChannel } from '../submissions/submission.input';
import { SkmFlag } from './integrity-flags';

export enum SkmReviewDecision {
  KEEP = 'KEEP',
  EXCLUDE = 'EXCLUDE',
}
registerEnumType(SkmReviewDecision, {
  name: 'SkmReviewDecision',
  description: 'Keputusan admin atas jawaban bertanda: tetap dihitung atau dikeluarkan',
});

export enum SkmReviewState {
  PENDING = 'PENDING',
  KEPT = 'KEPT',
  EXCLUDED = 'EXCLUDED',
}
registerEnumType(SkmReviewState, { name: 'SkmReviewState' });

@ObjectType({ description: 'Jawaban bertanda untuk ditinjau admin (tidak pernah dipublikasikan)' })
export class SkmFlaggedResponse {
  @Field(() => ID) id!: string;
  @Field(() => SkmChannel) channel!: SkmChannel;
  @Field() answeredAt!: Date;
  @Field(() => [SkmFlag]) flags!: SkmFlag[];
  @Field(() => SkmReviewState) review!: SkmReviewState;
  @Field(() => [Int], { description: 'Jawaban per unsur (urutan unsur survei; null = dilewati)' }) answers!: (number | null)[];
}

@ObjectType()
export class SkmFlaggedResponseConnection extends Paginated(SkmFlaggedResponse, 'SkmFlaggedResponse') {}

@ObjectType({ description: 'Batch impor formulir kertas (dimasukkan petugas), ditinjau per batch' })
export class SkmImportBatch {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field(() => Int) rowCount!: number;
  @Field(() => SkmReviewState) review!: SkmReviewState;
  @Field() importedAt!: Date;
}

@ObjectType()
export class SkmImportBatchConnection extends Paginated(SkmImportBatch, 'SkmImportBatch') {}

@ObjectType()
export class SkmReviewOutcome {
  @Field(() => Int, { description: 'Jawaban yang keputusannya tercatat' }) decided!: number;
  @Field(() => Int, { description: 'Jawaban yang dikeluarkan dari IKM' }) excluded!: number;
}
