import { Module } from '@nestjs/common';
import { InnovationOriginResolver } from './innovation-origin.resolver';
import { ShortlistOriginResolver } from './shortlist-origin.resolver';

/** Where a catalogue award or a shortlist entry came from (OFFICIAL with its source, or DEMO). */
@Module({
  providers: [InnovationOriginResolver, ShortlistOriginResolver],
})
export class OriginModule {}
