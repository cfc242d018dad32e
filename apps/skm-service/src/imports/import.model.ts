import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SkmImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(SkmImportFormat, { name: 'SkmImportFormat' });

export enum SkmImportStatus {
  STORED = 'STORED',
  REFUSED = 'REFUSED',
}
registerEnumType(SkmImportStatus, {
  name: 'SkmImportStatus',
  description: 'STORED: semua baris tersimpan; REFUSED: ada baris salah, tidak ada yang disimpan',
});

@ObjectType({ description: 'Masalah pada satu baris berkas impor' })
export class SkmImportProblem {
  @Field(() => Int, { description: 'Nomor baris pada berkas (baris judul = 1)' }) row!: number;
  @Field({ description: 'Kolom, mis. U4 atau answered_on' }) field!: string;
  @Field({ description: 'Kode galat (BAD_USER_INPUT)' }) code!: string;
  @Field() messageId!: string;
  @Field() messageEn!: string;
}

@ObjectType({ description: 'Laporan impor formulir kertas baris demi baris; semua atau tidak sama sekali' })
export class SkmImportReport {
  @Field(() => SkmImportStatus) status!: SkmImportStatus;
  @Field(() => ID, { nullable: true, description: 'Batch impor (ditandai STAFF_ENTERED sampai ditinjau admin)' }) batchId!: string | null;
  @Field(() => Int, { description: 'Baris data yang dibaca' }) rowCount!: number;
  @Field(() => Int) storedCount!: number;
  @Field(() => Int, { description: 'Jumlah baris bermasalah' }) problemCount!: number;
  @Field(() => [SkmImportProblem], { description: 'Paling banyak 200 masalah pertama' }) problems!: SkmImportProblem[];
  @Field(() => Int, { description: 'Lama proses (ms)' }) elapsedMs!: number;
}
