import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Access } from '@simpul/service-kit';
import { SkmPublicUnitConnection } from './public-units.model';
import { PublicUnitsService } from './public-units.service';

@Resolver()
export class PublicUnitsResolver {
  constructor(private readonly units: PublicUnitsService) {}

  @Access('public')
  @Query(() => SkmPublicUnitConnection, {
    description:
      'Daftar publik unit dengan IKM yang dipublikasikan (periode selesai, jawaban ditinjau, sampel cukup), IKM tertinggi dahulu; cari nama unit dan/atau kode wilayah',
  })
  skmPublicUnits(
    @Args('search', { type: () => String, nullable: true, description: 'Bagian nama unit (tanpa membedakan huruf besar/kecil)' })
    search?: string | null,
    @Args('regionCode', { type: () => String, nullable: true, description: 'Kode wilayah; kode provinsi mencakup kabupaten/kotanya' })
    regionCode?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<SkmPublicUnitConnection> {
    return this.units.list({ search: search ?? null, regionCode: regionCode ?? null }, first, after);
  }
}
