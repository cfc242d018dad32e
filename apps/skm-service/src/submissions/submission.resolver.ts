import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller } from '@simpul/service-kit';
import { currentClientAddress } from './client-key';
import { takeOrThrow } from './rate-limit';
import { RATE_LIMITER, type TokenBucketLimiter } from './rate-limiter';
import { SkmSubmissionInput } from './submission.input';
import { SkmReceipt } from './submission.model';
import { SubmissionService } from './submission.service';

@Resolver()
export class SubmissionResolver {
  constructor(
    private readonly submissions: SubmissionService,
    @Inject(RATE_LIMITER) private readonly limiter: TokenBucketLimiter,
  ) {}

  @Access('public')
  @Mutation(() => [SkmReceipt], {
    description:
      'Kirim 1–100 kuesioner SKM (QR, kios, tautan sekali pakai). Semua tersimpan atau tidak sama sekali; kiriman ulang dengan submissionId yang sama tersimpan sekali. Dibatasi per klien.',
  })
  submitSkmResponses(
    @Args('submissions', { type: () => [SkmSubmissionInput] }) submissions: SkmSubmissionInput[],
    @CurrentCaller() caller: Caller,
  ): Promise<SkmReceipt[]> {
    const address = currentClientAddress();
    takeOrThrow(this.limiter, address);
    return this.submissions.submit(submissions, caller, address);
  }
}
