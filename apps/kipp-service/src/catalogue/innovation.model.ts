import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { CompetitionGroup } from '../competitions/group.enum';
import { ShortlistTier } from '../selection/shortlist.model';

export enum InnovationStatus {
  CONTINUING = 'CONTINUING',
  STOPPED = 'STOPPED',
}
registerEnumType(InnovationStatus, {
  name: 'InnovationStatus',
  description: 'Hasil pemeriksaan status tahunan: masih berjalan atau berhenti',
});

@ObjectType({ description: 'Keikutsertaan inovasi pada satu kompetisi' })
export class InnovationEntry {
  @Field(() => Int) year!: number;
  @Field(() => CompetitionGroup) group!: CompetitionGroup;
  @Field(() => ShortlistTier) award!: ShortlistTier;
  @Field(() => ID, { nullable: true }) proposalId!: string | null;
}

@ObjectType({ description: 'Inovasi di katalog (Top 99 dan Top 45), terbuka untuk publik' })
export class Innovation {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field() category!: string;
  @Field(() => CompetitionGroup) group!: CompetitionGroup;
  @Field() agencyType!: string;
  @Field(() => Int) firstYear!: number;
  @Field(() => Int) latestYear!: number;
  @Field(() => ShortlistTier, { description: 'Penghargaan tertinggi' }) award!: ShortlistTier;
  @Field(() => InnovationStatus, { nullable: true, description: 'Status dari pemeriksaan tahunan terakhir' })
  status!: InnovationStatus | null;
  @Field(() => String, { nullable: true }) statusReason!: string | null;
  serviceUnitId!: string | null;
  agencyId!: string;
  regionCode!: string;
  replicatesId!: string | null;
}

@ObjectType('InnovationConnection')
export class InnovationConnection extends Paginated(Innovation, 'Innovation') {}

@InputType()
export class InnovationFilter {
  @Field(() => String, { nullable: true, description: 'Kata kunci (judul, ringkasan, kategori); tahan salah ketik dan tanda diakritik' })
  search?: string | null;
  @Field(() => Int, { nullable: true, description: 'Tahun kompetisi' }) year?: number | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => String, { nullable: true, description: 'Kode provinsi atau kabupaten/kota' }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) agencyType?: string | null;
  @Field(() => ShortlistTier, { nullable: true }) award?: ShortlistTier | null;
}

@ObjectType({ description: 'Pemeriksaan status tahunan satu inovasi' })
export class StatusCheck {
  @Field(() => ID) innovationId!: string;
  @Field(() => Int) year!: number;
  @Field() askedAt!: Date;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  @Field(() => InnovationStatus, { nullable: true }) status!: InnovationStatus | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() title!: string;
}

@ObjectType('StatusCheckConnection')
export class StatusCheckConnection extends Paginated(StatusCheck, 'StatusCheck') {}
