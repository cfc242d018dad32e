import { Module } from '@nestjs/common';
import { COHORT_LABEL_RESOLVERS } from './cohort-label.resolver';

/** The words beside every cohort code (cohortLabel / cohortLabelEn). */
@Module({ providers: [...COHORT_LABEL_RESOLVERS] })
export class CohortsModule {}
