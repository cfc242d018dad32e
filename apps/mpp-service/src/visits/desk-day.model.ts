import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Service } from '../federation/registry-refs';

export enum DeskDayOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}
registerEnumType(DeskDayOutcome, { name: 'DeskDayOutcome', description: 'Hasil per baris: baru, diperbarui, tidak berubah, ditolak' });

@ObjectType({ description: 'Jumlah pengunjung satu layanan pada satu hari gerai' })
export class DeskDayServiceCount {
  @Field(() => Service) service!: Service;
  @Field(() => Int) visitors!: number;
}

/** Visitors (and complaints) at one desk on one day; one row per desk and day. */
@ObjectType({ description: 'Pengunjung dan pengaduan satu gerai pada satu hari' })
export class DeskDay {
  @Field(() => ID) id!: string;
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => Int) visitors!: number;
  @Field(() => Int) complaints!: number;
  @Field({ description: 'ENTRY, CSV atau SEED' }) source!: string;
  @Field(() => [DeskDayServiceCount]) services!: DeskDayServiceCount[];
  deskId!: string;
  tenancyId!: string;
}

@InputType()
export class DeskDayServiceInput {
  @Field(() => ID) serviceId!: string;
  @Field(() => Int) visitors!: number;
}

@InputType()
export class RecordDeskDayInput {
  @Field(() => ID) deskId!: string;
  @Field({ description: 'YYYY-MM-DD; tidak boleh di masa depan' }) date!: string;
  @Field(() => Int) visitors!: number;
  @Field(() => Int, { defaultValue: 0 }) complaints!: number;
  @Field(() => [DeskDayServiceInput], {
    nullable: true,
    description: 'Rincian per layanan (opsional); jumlahnya tidak boleh melebihi total pengunjung',
  })
  services?: DeskDayServiceInput[] | null;
}

@ObjectType({ description: 'Masalah pada satu kolom baris impor' })
export class DeskDayImportProblem {
  @Field() field!: string;
  @Field({ description: 'Pesan dalam Bahasa Indonesia' }) message!: string;
  @Field() messageEn!: string;
}

@ObjectType()
export class DeskDayImportRow {
  @Field(() => Int, { description: 'Nomor baris di berkas (baris 1 = judul kolom)' }) row!: number;
  @Field(() => Int, { nullable: true }) deskNumber!: number | null;
  @Field(() => String, { nullable: true }) date!: string | null;
  @Field(() => DeskDayOutcome) outcome!: DeskDayOutcome;
  @Field(() => [DeskDayImportProblem]) problems!: DeskDayImportProblem[];
}

@ObjectType({
  description: 'Hasil impor CSV pengunjung; satu baris salah menolak seluruh berkas, impor ulang berkas yang sama tidak mengubah apa pun',
})
export class DeskDayImportReport {
  @Field() accepted!: boolean;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => [DeskDayImportRow]) rows!: DeskDayImportRow[];
}
