import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { CompetitionGroup } from '../competitions/group.enum';
import { ProposalSections } from './proposal-sections';
import { ProposalStatus } from './proposal-status.enum';

@ObjectType({ description: 'Proposal inovasi untuk satu kompetisi' })
export class Proposal {
  @Field(() => ID) id!: string;
  @Field(() => ID) competitionId!: string;
  @Field(() => CompetitionGroup) group!: CompetitionGroup;
  @Field() category!: string;
  @Field() title!: string;
  @Field({ description: 'Tanggal inovasi mulai berjalan (YYYY-MM-DD)' }) innovationStartedOn!: string;
  @Field({ description: 'Jenis instansi pengusul saat mendaftar (KEMENTERIAN, PROVINSI, KOTA, …)' }) agencyType!: string;
  @Field({ description: 'Wilayah termasuk daerah 3T (tertinggal, terdepan, terluar)' }) in3tRegion!: boolean;
  @Field(() => ProposalSections) sections!: ProposalSections;
  @Field(() => String, { nullable: true, description: 'Tautan video' }) videoUrl!: string | null;
  @Field(() => ProposalStatus) status!: ProposalStatus;
  @Field({ description: 'Dibagikan ke admin lokal instansi' }) sharedWithAdmin!: boolean;
  @Field(() => String, { nullable: true, description: 'Catatan admin lokal saat mengembalikan draf' }) returnNote!: string | null;
  @Field(() => Int, { description: 'Versi draf; kirim sebagai expectedVersion saat menyimpan' }) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  serviceUnitId!: string;
  agencyId!: string;
  regionCode!: string;
  sourceInnovationId!: string | null;
  innovationId!: string | null;
}

@ObjectType('ProposalConnection')
export class ProposalConnection extends Paginated(Proposal, 'Proposal') {}

@ObjectType({ description: 'Satu versi tersimpan dari draf (autosave)' })
export class ProposalVersion {
  @Field(() => Int) version!: number;
  @Field() title!: string;
  @Field(() => ProposalSections) sections!: ProposalSections;
  @Field(() => ID) savedBy!: string;
  @Field() savedAt!: Date;
}

@ObjectType('ProposalVersionConnection')
export class ProposalVersionConnection extends Paginated(ProposalVersion, 'ProposalVersion') {}

@ObjectType({ description: 'Lampiran proposal yang diunggah; isinya diunduh dengan kippAttachmentFile(id)' })
export class ProposalAttachment {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field() fileName!: string;
  @Field() contentType!: string;
  @Field(() => Int, { description: 'Ukuran dalam byte' }) sizeBytes!: number;
  @Field(() => String, { nullable: true, description: 'SHA-256 isi berkas (heksadesimal), untuk memeriksa keaslian unduhan' }) sha256!:
    string | null;
  @Field({ description: 'Berkas tersimpan di layanan dan dapat diunduh (lampiran lama hanya berupa tautan)' }) stored!: boolean;
  @Field(() => String, { nullable: true, description: 'Tautan lampiran lama yang dicatat sebelum unggahan tersedia' }) url!: string | null;
  @Field() addedAt!: Date;
  proposalId!: string;
}

@ObjectType({ description: 'Draf yang belum dikirim menjelang batas pendaftaran' })
export class StuckDrafts {
  @Field({ description: 'Batas akhir pendaftaran (YYYY-MM-DD)' }) deadline!: string;
  @Field(() => Int, { description: 'Sisa hari sampai batas (negatif bila lewat)' }) daysLeft!: number;
  @Field(() => ProposalConnection) drafts!: ProposalConnection;
}

@ObjectType({ description: 'Pemberitahuan untuk desk unit' })
export class DeskNotification {
  @Field(() => ID) id!: string;
  @Field(() => ID) proposalId!: string;
  @Field({ description: 'Judul proposal yang diberitahukan' }) proposalTitle!: string;
  @Field({
    description: 'RETURNED, ADMIN_PASSED, ADMIN_FAILED, TOP99, OBJECTION_FILED, OBJECTION_REJECTED, DISQUALIFIED, TOP45, NOT_TOP45',
  })
  kind!: string;
  @Field({ description: 'Pesan dalam bahasa Indonesia, dengan alasan bila ada' }) message!: string;
  @Field() createdAt!: Date;
}

@ObjectType('DeskNotificationConnection')
export class DeskNotificationConnection extends Paginated(DeskNotification, 'DeskNotification') {}
