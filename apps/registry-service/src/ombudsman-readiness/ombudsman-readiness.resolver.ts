import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller, type Connection } from '@simpul/service-kit';
import { CHECKS_ABOUT, OMBUDSMAN_CHECKS, UNKNOWN_CHECKS } from './ombudsman-checks';
import {
  AgencyOmbudsmanReadiness,
  OmbudsmanReadiness,
  OmbudsmanReadinessChecks,
  OmbudsmanUnitReadiness,
  OmbudsmanUnitReadinessConnection,
} from './ombudsman-readiness.model';
import { OmbudsmanReadinessService } from './ombudsman-readiness.service';

@Resolver(() => AgencyOmbudsmanReadiness)
export class OmbudsmanReadinessResolver {
  constructor(private readonly readiness: OmbudsmanReadinessService) {}

  @Access('public')
  @Query(() => OmbudsmanReadinessChecks, {
    description: 'Komponen yang diperiksa Ombudsman dan alasannya, serta yang tidak dapat diketahui registri (publik)',
  })
  ombudsmanReadinessChecks(): OmbudsmanReadinessChecks {
    return { about: CHECKS_ABOUT, checks: [...OMBUDSMAN_CHECKS], notKnown: [...UNKNOWN_CHECKS] };
  }

  @Access('public')
  @Query(() => OmbudsmanReadiness, {
    description: 'Kesiapan unit menghadapi penilaian Ombudsman: komponen Standar Pelayanan yang kurang atau belum dipublikasikan (publik)',
  })
  ombudsmanReadiness(
    @Args('serviceUnitId', { type: () => ID }) serviceUnitId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<OmbudsmanReadiness> {
    return this.readiness.forUnit(serviceUnitId, caller);
  }

  @Access('public')
  @Query(() => AgencyOmbudsmanReadiness, { description: 'Kesiapan unit-unit aktif satu instansi: jumlah per unit dan total (publik)' })
  agencyOmbudsmanReadiness(@Args('agencyId', { type: () => ID }) agencyId: string): Promise<AgencyOmbudsmanReadiness> {
    return this.readiness.forAgency(agencyId);
  }

  @ResolveField(() => OmbudsmanUnitReadinessConnection, { description: 'Unit aktif dengan hitungannya, urut nama, berhalaman' })
  units(
    @Parent() agency: AgencyOmbudsmanReadiness,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<OmbudsmanUnitReadiness>> {
    return this.readiness.unitPage(agency, first, after);
  }
}
