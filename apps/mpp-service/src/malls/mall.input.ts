import { Field, ID, InputType } from '@nestjs/graphql';
import { Weekday } from '../common/weekday.enum';
import { FileUploadInput } from '../files/file-upload.input';
import { SortDirection } from '@simpul/service-kit';
import { MallDocumentKind, MallSortField, MallStatus } from './mall-status.enum';

@InputType()
export class OpeningHoursInput {
  @Field(() => Weekday) weekday!: Weekday;
  @Field({ description: 'HH:MM' }) opensAt!: string;
  @Field({ description: 'HH:MM' }) closesAt!: string;
}

/** A document recorded together with a new mall (no mall id yet). */
@InputType({ description: 'Dokumen pembentukan yang dicatat bersama usulan MPP' })
export class NewMallDocumentInput {
  @Field(() => MallDocumentKind) kind!: MallDocumentKind;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) number?: string | null;
  @Field(() => String, { nullable: true }) issuedOn?: string | null;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => FileUploadInput, { nullable: true, description: 'Berkas surat/kajian (PDF/PNG/JPEG)' }) file?: FileUploadInput | null;
}

@InputType()
export class CreateMallInput {
  @Field() name!: string;
  @Field({ description: 'Kode kabupaten/kota, mis. 63.71' }) regencyCode!: string;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => ID, { nullable: true, description: 'Unit pengelola dari registri (biasanya DPMPTSP)' }) managingUnitId?: string | null;
  @Field(() => String, { nullable: true }) proposedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Tanggal peresmian (rencana), YYYY-MM-DD; tidak boleh sebelum tanggal usulan' })
  openedOn?: string | null;
  @Field(() => [OpeningHoursInput], { nullable: true, description: 'Jam layanan pekanan; hari yang tidak dikirim berarti tutup' })
  openingHours?: OpeningHoursInput[] | null;
  @Field(() => [NewMallDocumentInput], {
    nullable: true,
    description: 'Dokumen pembentukan (surat bupati/wali kota, kajian urgensi), disimpan bersama MPP dalam satu transaksi',
  })
  documents?: NewMallDocumentInput[] | null;
}

@InputType()
export class UpdateMallInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => ID, { nullable: true }) managingUnitId?: string | null;
  @Field(() => String, { nullable: true }) proposedOn?: string | null;
  @Field(() => String, { nullable: true }) openedOn?: string | null;
}

@InputType()
export class MallFilter {
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => String, { nullable: true }) regencyCode?: string | null;
  @Field(() => MallStatus, { nullable: true, description: 'Publik hanya melihat MPP yang ACTIVE' }) status?: MallStatus | null;
  @Field(() => String, { nullable: true }) search?: string | null;
}

@InputType({ description: 'Urutan daftar MPP; bawaan: provinsi lalu nama, naik' })
export class MallSort {
  @Field(() => MallSortField, { defaultValue: MallSortField.PROVINCE }) field!: MallSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}

@InputType()
export class AddMallDocumentInput {
  @Field(() => ID) mallId!: string;
  @Field(() => MallDocumentKind) kind!: MallDocumentKind;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) number?: string | null;
  @Field(() => String, { nullable: true }) issuedOn?: string | null;
  @Field(() => String, { nullable: true }) fileName?: string | null;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => FileUploadInput, { nullable: true, description: 'Berkas surat/kajian (PDF/PNG/JPEG)' }) file?: FileUploadInput | null;
}
