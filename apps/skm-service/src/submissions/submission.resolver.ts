import { Inject } from '@nestjs/common';
import { Args, Context, Info, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller } from '@simpul/service-kit';
import { currentClientAddress } from './client-key';
import { takeForOperation } from './rate-limit';
import { RATE_LIMITER, type RateLimiter } from './rate-limiter';
import { SkmSubmissionInput } from './submission.input';
import { SkmReceipt } from './submission.model';
import { SubmissionService } from './submission.service';

@Resolver()
export class SubmissionResolver {
  constructor(
    private readonly submissions: SubmissionService,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
  ) {}

  @Access('public')
  @Mutation(() => [SkmReceipt], {
    description:
      'Kirim 1–100 kuesioner SKM (QR, kios, tautan sekali pakai). Semua tersimpan atau tidak sama sekali; kiriman ulang dengan submissionId yang sama tersimpan sekali. Dibatasi per klien.',
  })
  async submitSkmResponses(
    @Args('submissions', { type: () => [SkmSubmissionInput] }) submissions: SkmSubmissionInput[],
    @CurrentCaller() caller: Caller,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SkmReceipt[]> {
    const address = currentClientAddress();
    // One token per questionnaire, counted over every alias of this mutation in the operation.
    await takeForOperation(this.limiter, address, context, info);
    return this.submissions.submit(submissions, caller, address);
  }
}
