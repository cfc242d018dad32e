import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { Region } from '../federation/registry-refs';
import { Mall } from '../malls/mall.model';

@ObjectType({ description: 'Jumlah MPP per provinsi menurut status' })
export class ProvinceMallCount {
  @Field(() => Region) province!: Region;
  @Field() provinceCode!: string;
  @Field(() => Int) active!: number;
  @Field(() => Int) proposed!: number;
  @Field(() => Int) suspended!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'Jumlah MPP nasional yang dipublikasikan KemenPAN-RB pada satu tanggal' })
export class PublishedMallCount {
  @Field({ description: 'YYYY-MM-DD' }) asOf!: string;
  @Field(() => Int) count!: number;
  @Field() source!: string;
}

@ObjectType({ description: 'MPP terdaftar di Simpul yang diresmikan per tahun' })
export class MallsOpenedInYear {
  @Field(() => Int) year!: number;
  @Field(() => Int) opened!: number;
  @Field(() => Int, { description: 'Jumlah kumulatif sampai akhir tahun' }) cumulative!: number;
}

@ObjectType({ description: 'Tenant dan layanan satu MPP' })
export class MallTenantCount {
  @Field(() => Mall) mall!: Mall;
  @Field(() => Int, { description: 'Tenant yang belum keluar' }) tenants!: number;
  @Field(() => Int) liveTenants!: number;
  @Field(() => Int, { description: 'Layanan yang dilayani (LIVE)' }) liveServices!: number;
  @Field(() => Int) desks!: number;
}

@ObjectType({ description: 'Halaman tenant dan layanan per MPP, layanan LIVE terbanyak dahulu' })
export class MallTenantCountConnection extends Paginated(MallTenantCount, 'MallTenantCount') {}

/** The list of malls is a resolved, paginated field (`malls(first, after)`), not part of this object. */
@ObjectType({ description: 'Gambaran nasional MPP untuk admin' })
export class NationalMallOverview {
  @Field(() => Int) active!: number;
  @Field(() => Int) proposed!: number;
  @Field(() => [ProvinceMallCount]) byProvince!: ProvinceMallCount[];
  @Field(() => [PublishedMallCount], { description: 'Seri resmi: 3 (2017) → 43 → 103 → 152 → 272 → 305 (Des 2025)' })
  publishedCounts!: PublishedMallCount[];
  @Field(() => [MallsOpenedInYear]) openedByYear!: MallsOpenedInYear[];
}
