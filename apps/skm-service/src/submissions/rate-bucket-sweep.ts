import { Inject, Injectable } from '@nestjs/common';
import type { JobSource, ServiceJob } from '@simpul/service-kit';
import { RATE_LIMITER, type PostgresRateLimiter } from './rate-limiter';

/** Every ten minutes, the rate buckets that are full again are deleted (an absent bucket is a full one). */
@Injectable()
export class RateBucketSweep implements JobSource {
  constructor(@Inject(RATE_LIMITER) private readonly limiter: PostgresRateLimiter) {}

  jobs(): ServiceJob[] {
    return [{ name: 'rate-bucket-sweep', cron: '*/10 * * * *', run: () => this.limiter.sweep() }];
  }
}
