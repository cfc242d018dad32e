import { Field, InputType, registerEnumType } from '@nestjs/graphql';

/** Same name and values as the registry's ImportFormat, so the two subgraphs compose into one enum. */
export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ImportFormat, { name: 'ImportFormat' });

@InputType({ description: 'Berkas impor: CSV (koma atau titik koma, UTF-8) atau XLSX (lembar pertama), isi base64' })
export class ImportFileInput {
  @Field(() => ImportFormat) format!: ImportFormat;
  @Field() contentBase64!: string;
  @Field(() => String, { nullable: true, description: 'Nama berkas, untuk laporan' }) fileName?: string | null;
}
