import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Weekday } from '../common/weekday.enum';
import { Agreement } from '../agreements/agreement.model';
import { Desk } from '../desks/desk.model';
import { Agency, Service } from '../federation/registry-refs';
import { StandardComponent } from '../federation/standard-component.enum';
import { TenancyStep } from '../tenancies/tenancy-step.enum';
import { Tenancy } from '../tenancies/tenancy.model';

export enum TrendGranularity {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(TrendGranularity, { name: 'TrendGranularity', description: 'Harian, pekanan atau bulanan' });

export enum NotReadyReason {
  STANDARD_INCOMPLETE = 'STANDARD_INCOMPLETE',
  AWAITING_GO_LIVE = 'AWAITING_GO_LIVE',
}
registerEnumType(NotReadyReason, {
  name: 'NotReadyReason',
  description:
    'STANDARD_INCOMPLETE: komponen penyampaian SP belum lengkap/dipublikasikan; AWAITING_GO_LIVE: siap, menunggu tenant beroperasi',
});

/** The mall and date range every dashboard field works within. */
@ObjectType({ description: 'Dasbor operator MPP; semua angka dihitung di basis data untuk rentang from–to' })
export class MallDashboard {
  @Field(() => ID) mallId!: string;
  @Field({ description: 'YYYY-MM-DD' }) from!: string;
  @Field({ description: 'YYYY-MM-DD' }) to!: string;
}

@ObjectType({ description: 'Satu tahap dalam corong onboarding' })
export class FunnelStep {
  @Field(() => TenancyStep) step!: TenancyStep;
  @Field(() => Int, { description: 'Tenant yang saat ini berada di tahap ini' }) current!: number;
  @Field(() => Int, { description: 'Tenant yang pernah mencapai tahap ini' }) reached!: number;
}

@ObjectType({ description: 'Keterisian gerai pada satu hari dalam pekan' })
export class WeekdayOccupancy {
  @Field(() => Weekday) weekday!: Weekday;
  @Field({ description: 'MPP buka pada hari ini' }) open!: boolean;
  @Field(() => Int) desks!: number;
  @Field(() => Int) occupied!: number;
  @Field(() => Float, { description: 'occupied / desks (0–1)' }) rate!: number;
}

@ObjectType({ description: 'Pengunjung per periode' })
export class VisitorPoint {
  @Field({ description: 'Awal periode (YYYY-MM-DD)' }) period!: string;
  @Field(() => Int) visitors!: number;
  @Field(() => Int) complaints!: number;
  @Field(() => Int, { description: 'Jumlah hari-gerai yang tercatat' }) deskDays!: number;
}

@ObjectType({ description: 'PKS yang akan atau sudah berakhir' })
export class ExpiringAgreement {
  @Field(() => Tenancy) tenancy!: Tenancy;
  @Field(() => Agency) agency!: Agency;
  @Field(() => Agreement) agreement!: Agreement;
}

@ObjectType({ description: 'Layanan yang belum dilayani dan alasannya' })
export class ServiceNotReady {
  @Field(() => ID, { description: 'ID layanan tenant' }) tenancyServiceId!: string;
  @Field(() => Tenancy) tenancy!: Tenancy;
  @Field(() => Agency) agency!: Agency;
  @Field(() => Service) service!: Service;
  @Field(() => NotReadyReason) reason!: NotReadyReason;
  @Field(() => [StandardComponent]) missingComponents!: StandardComponent[];
  @Field(() => [StandardComponent]) unpublishedComponents!: StandardComponent[];
  @Field() checkedAt!: Date;
}

@ObjectType({ description: 'Statistik satu gerai dalam rentang' })
export class DeskStats {
  @Field(() => Desk) desk!: Desk;
  @Field(() => Int) visitors!: number;
  @Field(() => Int) complaints!: number;
  @Field(() => Int) days!: number;
  @Field(() => Float, { nullable: true, description: 'Rata-rata pengunjung per hari layanan' }) averagePerDay!: number | null;
}

@ObjectType({ description: 'Statistik satu layanan dalam rentang' })
export class ServiceStats {
  @Field(() => Service) service!: Service;
  @Field(() => Agency) agency!: Agency;
  @Field(() => Int) visitors!: number;
  @Field(() => Int) days!: number;
}

@ObjectType({ description: 'Pemakaian kuota harian satu layanan' })
export class QuotaUse {
  @Field(() => Service) service!: Service;
  @Field(() => Agency) agency!: Agency;
  @Field(() => Int) dailyQuota!: number;
  @Field(() => Int, { description: 'Hari layanan yang tercatat' }) days!: number;
  @Field(() => Int) visitors!: number;
  @Field(() => Float, { description: 'pengunjung / (kuota × hari), 0–1 atau lebih bila melampaui' }) use!: number;
  @Field(() => Int, { description: 'Hari dengan pengunjung melampaui kuota' }) daysOverQuota!: number;
  @Field(() => Int) peakDay!: number;
}
