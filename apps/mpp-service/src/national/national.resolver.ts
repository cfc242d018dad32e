import { Query, Resolver } from '@nestjs/graphql';
import { Access } from '@simpul/service-kit';
import { NationalMallOverview } from './national.model';
import { NationalService } from './national.service';

@Resolver(() => NationalMallOverview)
export class NationalResolver {
  constructor(private readonly national: NationalService) {}

  @Access('NATIONAL_ADMIN')
  @Query(() => NationalMallOverview, { description: 'Admin nasional: MPP per provinsi dan dari waktu ke waktu, aktif vs usulan, tenant dan layanan per MPP' })
  nationalMallOverview(): Promise<NationalMallOverview> {
    return this.national.overview();
  }
}
