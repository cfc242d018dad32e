import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BilingualText, Paginated } from '@simpul/service-kit';
import { Agency } from '../agencies/agency.entity';
import { StandardComponent } from '../services/standard/standard-component';
import { ServiceUnit } from '../units/service-unit.entity';
import type { CheckRequirement } from './ombudsman-checks';
import type { ReadinessState } from './readiness-state';

export const OmbudsmanReadinessState = { PRESENT: 'PRESENT', MISSING: 'MISSING', UNPUBLISHED: 'UNPUBLISHED' } as const satisfies Record<
  ReadinessState,
  ReadinessState
>;
registerEnumType(OmbudsmanReadinessState, {
  name: 'OmbudsmanReadinessState',
  description: 'PRESENT: terisi (dan dipublikasikan bila wajib); MISSING: belum diisi; UNPUBLISHED: terisi tetapi belum dipublikasikan',
});

export const OmbudsmanCheckRequirement = { PUBLISHED: 'PUBLISHED', FILLED: 'FILLED' } as const satisfies Record<
  CheckRequirement,
  CheckRequirement
>;
registerEnumType(OmbudsmanCheckRequirement, {
  name: 'OmbudsmanCheckRequirement',
  description: 'PUBLISHED: harus terisi dan dipublikasikan (komponen penyampaian); FILLED: harus tertulis dalam standar',
});

@ObjectType({ description: 'Satu komponen yang diperiksa Ombudsman, dan alasannya' })
export class OmbudsmanReadinessCheck {
  @Field(() => StandardComponent) component!: StandardComponent;
  @Field(() => OmbudsmanCheckRequirement) requirement!: CheckRequirement;
  @Field(() => BilingualText) label!: BilingualText;
  @Field(() => BilingualText) reason!: BilingualText;
}

@ObjectType({ description: 'Yang diperiksa Ombudsman tetapi tidak dapat diketahui registri' })
export class OmbudsmanUnknownCheck {
  @Field() code!: string;
  @Field(() => BilingualText) label!: BilingualText;
  @Field(() => BilingualText) reason!: BilingualText;
}

@ObjectType({ description: 'Daftar pemeriksaan kesiapan (data: ombudsman-checks.json di registri)' })
export class OmbudsmanReadinessChecks {
  @Field(() => BilingualText) about!: BilingualText;
  @Field(() => [OmbudsmanReadinessCheck]) checks!: OmbudsmanReadinessCheck[];
  @Field(() => [OmbudsmanUnknownCheck], { description: 'Tidak dihitung: registri tidak dapat mengetahuinya' })
  notKnown!: OmbudsmanUnknownCheck[];
}

@ObjectType({ description: 'Satu komponen yang diperiksa pada satu layanan' })
export class OmbudsmanReadinessItem {
  @Field(() => StandardComponent) component!: StandardComponent;
  @Field(() => BilingualText) label!: BilingualText;
  @Field(() => OmbudsmanReadinessState) state!: ReadinessState;
  @Field(() => OmbudsmanCheckRequirement) requirement!: CheckRequirement;
  @Field(() => ID, { nullable: true, description: 'Null bila unit belum mencatat satu layanan pun' }) serviceId!: string | null;
  @Field(() => String, { nullable: true }) serviceName!: string | null;
}

@ObjectType({ description: 'Kesiapan satu unit menghadapi penilaian Ombudsman, dari Standar Pelayanan yang dicatatnya sendiri' })
export class OmbudsmanReadiness {
  @Field(() => ServiceUnit) serviceUnit!: ServiceUnit;
  @Field(() => Int, { description: 'Layanan aktif' }) serviceCount!: number;
  @Field(() => Int, { description: 'Komponen yang diperiksa: layanan × daftar pemeriksaan (daftar sekali bila belum ada layanan)' })
  checkedComponents!: number;
  @Field(() => Int) missingCount!: number;
  @Field(() => Int) unpublishedCount!: number;
  @Field({ description: 'Ada layanan, dan tidak ada komponen yang kurang atau belum dipublikasikan' }) ready!: boolean;
  @Field(() => [OmbudsmanReadinessItem], { description: 'Per layanan (urut nama), per komponen (urut daftar pemeriksaan)' })
  items!: OmbudsmanReadinessItem[];
}

@ObjectType({ description: 'Hitungan kesiapan satu unit' })
export class OmbudsmanUnitReadiness {
  @Field(() => ServiceUnit) serviceUnit!: ServiceUnit;
  @Field(() => Int) serviceCount!: number;
  @Field(() => Int) checkedComponents!: number;
  @Field(() => Int) missingCount!: number;
  @Field(() => Int) unpublishedCount!: number;
  @Field() ready!: boolean;
}

@ObjectType()
export class OmbudsmanUnitReadinessConnection extends Paginated(OmbudsmanUnitReadiness, 'OmbudsmanUnitReadiness') {}

@ObjectType({ description: 'Kesiapan unit-unit aktif satu instansi, dengan jumlahnya' })
export class AgencyOmbudsmanReadiness {
  @Field(() => Agency) agency!: Agency;
  @Field(() => Int, { description: 'Unit aktif' }) unitCount!: number;
  @Field(() => Int) readyUnitCount!: number;
  @Field(() => Int) serviceCount!: number;
  @Field(() => Int) checkedComponents!: number;
  @Field(() => Int) missingCount!: number;
  @Field(() => Int) unpublishedCount!: number;
}
