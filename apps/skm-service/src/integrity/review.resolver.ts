import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller } from '@simpul/service-kit';
import {
  SkmFlaggedResponseConnection,
  SkmImportBatchConnection,
  SkmReviewDecision,
  SkmReviewOutcome,
  SkmReviewState,
} from './review.model';
import { ReviewService } from './review.service';

@Resolver()
export class ReviewResolver {
  constructor(private readonly reviews: ReviewService) {}

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Query(() => SkmFlaggedResponseConnection, { description: 'Jawaban bertanda integritas satu survei (bawaan: yang menunggu keputusan)' })
  skmFlaggedResponses(
    @CurrentCaller() caller: Caller,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('review', { type: () => SkmReviewState, nullable: true }) review?: SkmReviewState | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return this.reviews.flagged(surveyId, review ?? SkmReviewState.PENDING, first, after, caller);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Query(() => SkmImportBatchConnection, { description: 'Batch impor formulir kertas satu survei' })
  skmImportBatches(
    @CurrentCaller() caller: Caller,
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return this.reviews.batches(surveyId, first, after, caller);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => SkmReviewOutcome, { description: 'Putuskan 1–100 jawaban bertanda: tetap dihitung atau dikeluarkan dari IKM' })
  reviewSkmResponses(
    @CurrentCaller() caller: Caller,
    @Args('responseIds', { type: () => [ID] }) responseIds: string[],
    @Args('decision', { type: () => SkmReviewDecision }) decision: SkmReviewDecision,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<SkmReviewOutcome> {
    return this.reviews.reviewResponses(responseIds, decision, note, caller);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => SkmReviewOutcome, { description: 'Putuskan satu batch impor (dimasukkan petugas): tetap dihitung atau dikeluarkan' })
  reviewSkmImportBatch(
    @CurrentCaller() caller: Caller,
    @Args('batchId', { type: () => ID }) batchId: string,
    @Args('decision', { type: () => SkmReviewDecision }) decision: SkmReviewDecision,
  ): Promise<SkmReviewOutcome> {
    return this.reviews.reviewBatch(batchId, decision, caller);
  }
}
