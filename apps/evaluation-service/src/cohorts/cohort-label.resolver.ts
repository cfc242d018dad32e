import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Lokus } from '../lokus/lokus.model';
import { IppResult, LokusResult } from '../results/results.model';
import { cohortLabel } from './cohort-label';

// Wherever a cohort code is shown, its readable name sits next to it, computed from the code alone
// (no statement), so the remote never has to turn PROVINCE:SAMSAT into words itself.

@Resolver(() => Lokus)
export class LokusCohortLabelResolver {
  @ResolveField(() => String, { description: 'Nama kelompok pembanding, mis. Samsat tingkat provinsi' })
  cohortLabel(@Parent() lokus: Lokus): string {
    return cohortLabel(lokus.cohort).label;
  }

  @ResolveField(() => String, { description: 'Nama kelompok pembanding dalam bahasa Inggris, mis. Provincial Samsat' })
  cohortLabelEn(@Parent() lokus: Lokus): string {
    return cohortLabel(lokus.cohort).labelEn;
  }
}

@Resolver(() => LokusResult)
export class LokusResultCohortLabelResolver {
  @ResolveField(() => String, { description: 'Nama kelompok pembanding, mis. Samsat tingkat provinsi' })
  cohortLabel(@Parent() result: LokusResult): string {
    return cohortLabel(result.cohort).label;
  }

  @ResolveField(() => String, { description: 'Nama kelompok pembanding dalam bahasa Inggris, mis. Provincial Samsat' })
  cohortLabelEn(@Parent() result: LokusResult): string {
    return cohortLabel(result.cohort).labelEn;
  }
}

@Resolver(() => IppResult)
export class IppResultCohortLabelResolver {
  @ResolveField(() => String, { description: 'Nama kelompok pembanding, mis. Samsat tingkat provinsi' })
  cohortLabel(@Parent() result: IppResult): string {
    return cohortLabel(result.cohort).label;
  }

  @ResolveField(() => String, { description: 'Nama kelompok pembanding dalam bahasa Inggris, mis. Provincial Samsat' })
  cohortLabelEn(@Parent() result: IppResult): string {
    return cohortLabel(result.cohort).labelEn;
  }
}

export const COHORT_LABEL_RESOLVERS = [LokusCohortLabelResolver, LokusResultCohortLabelResolver, IppResultCohortLabelResolver];
