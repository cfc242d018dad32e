import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ImportFormat, { name: 'ImportFormat' });

@ObjectType()
export class ImportFieldError {
  @Field({ description: 'Kolom yang salah' }) field!: string;
  @Field({ description: 'Pesan dalam Bahasa Indonesia' }) message!: string;
  @Field() messageEn!: string;
}

@ObjectType()
export class ImportRowResult {
  @Field(() => Int, { description: 'Nomor baris di berkas (baris 1 = judul kolom)' }) row!: number;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field() ok!: boolean;
  @Field(() => [ImportFieldError]) errors!: ImportFieldError[];
}

@ObjectType({ description: 'Hasil impor: berkas dengan satu baris salah ditolak seluruhnya' })
export class ServiceImportReport {
  @Field() accepted!: boolean;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => [ImportRowResult]) rows!: ImportRowResult[];
}
