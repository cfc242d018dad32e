import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { StandardComponent } from '../federation/standard-component.enum';

export enum TenancyServiceStatus {
  PENDING = 'PENDING',
  LIVE = 'LIVE',
}
registerEnumType(TenancyServiceStatus, {
  name: 'TenancyServiceStatus',
  description: 'PENDING: belum dilayani di MPP; LIVE: dilayani di gerai',
});

/** A registry service a tenant offers at the mall (picked by id, never retyped). */
@ObjectType({ description: 'Layanan registri yang dibuka tenant di MPP (dipilih, tidak diketik ulang)' })
export class TenancyService {
  @Field(() => ID) id!: string;
  @Field(() => TenancyServiceStatus) status!: TenancyServiceStatus;
  @Field(() => Int, { nullable: true, description: 'Kuota harian (mis. Imigrasi 30 per hari)' }) dailyQuota!: number | null;
  @Field({ description: 'Komponen penyampaian Standar Pelayanan lengkap dan dipublikasikan (pemeriksaan terakhir ke registri)' })
  deliveryReady!: boolean;
  @Field(() => [StandardComponent], { description: 'Komponen penyampaian yang belum diisi' }) missingComponents!: StandardComponent[];
  @Field(() => [StandardComponent], { description: 'Komponen penyampaian yang belum dipublikasikan' })
  unpublishedComponents!: StandardComponent[];
  @Field({ description: 'Waktu pemeriksaan terakhir ke registri' }) checkedAt!: Date;
  @Field() addedAt!: Date;
  tenancyId!: string;
  serviceId!: string;
  serviceUnitId!: string;
}
