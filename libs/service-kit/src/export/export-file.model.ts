import { Directive, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ExportFormat {
  CSV = 'CSV',
  CSV_INDONESIAN = 'CSV_INDONESIAN',
  XLSX = 'XLSX',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description:
    'CSV: koma dan titik desimal (RFC 4180); CSV_INDONESIAN: titik koma dan koma desimal (spreadsheet berbahasa Indonesia); XLSX',
});

// Every subgraph with a download serves this same value type (one class, so the fields cannot drift),
// so Federation 2 needs it @shareable. The cohort fields are PEKPPP's filter; other lists leave them null.
@ObjectType({ description: 'Berkas ekspor (base64)' })
@Directive('@shareable')
export class ExportFile {
  @Field() fileName!: string;
  @Field() mimeType!: string;
  @Field() contentBase64!: string;
  @Field(() => Int) rowCount!: number;
  @Field(() => String, { nullable: true, description: 'Kode cohort yang disaring (sama dengan layar); null = semua cohort' }) cohort!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Nama cohort yang disaring, mis. "Samsat tingkat provinsi"' }) cohortLabel!:
    string | null;
  @Field(() => String, { nullable: true }) cohortLabelEn!: string | null;
  @Field(() => Int, { description: 'Baris berasal data contoh (DEMO)' }) demoRowCount!: number;
}
