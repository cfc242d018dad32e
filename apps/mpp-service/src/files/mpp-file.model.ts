import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** An uploaded document's facts; the bytes are fetched with `mppFile(id)`. */
@ObjectType({ description: 'Berkas yang diunggah: nama, jenis, ukuran dan SHA-256; isinya diambil dengan query mppFile' })
export class MppFile {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field() mimeType!: string;
  @Field(() => Int, { description: 'Ukuran dalam byte' }) sizeBytes!: number;
  @Field({ description: 'SHA-256 isi berkas (heksadesimal), untuk memeriksa keaslian unduhan' }) sha256!: string;
  @Field() uploadedAt!: Date;
  mallId!: string;
  tenancyId!: string | null;
  storageKey!: string;
}

@ObjectType({ description: 'Isi berkas untuk diunduh (base64)' })
export class MppFileDownload {
  @Field(() => MppFile) file!: MppFile;
  @Field() contentBase64!: string;
}
