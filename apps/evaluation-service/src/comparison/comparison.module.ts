import { Module } from '@nestjs/common';
import { CyclesModule } from '../cycles/cycles.module';
import { CycleComparisonResolver } from './cycle-comparison.resolver';
import { CycleComparisonService } from './cycle-comparison.service';

/** Two cycles side by side, aspect by aspect, across instruments. */
@Module({ imports: [CyclesModule], providers: [CycleComparisonService, CycleComparisonResolver] })
export class ComparisonModule {}
