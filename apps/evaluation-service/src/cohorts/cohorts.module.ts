import { Module } from '@nestjs/common';
import { COHORT_LABEL_RESOLVERS } from './cohort-label.resolver';

export const COHORT_RESOLVERS = COHORT_LABEL_RESOLVERS;

/** The words beside every cohort code (cohortLabel / cohortLabelEn). */
@Module({ providers: [...COHORT_RESOLVERS] })
export class CohortsModule {}
