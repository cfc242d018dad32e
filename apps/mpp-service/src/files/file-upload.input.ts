import { Field, InputType } from '@nestjs/graphql';

/** A file sent inside the mutation as base64 (see the README for why, and the body limit). */
@InputType({ description: 'Berkas yang diunggah (base64); PDF, PNG atau JPEG, paling besar MPP_FILES_MAX_BYTES (bawaan 10 MB)' })
export class FileUploadInput {
  @Field({ description: 'Nama berkas, mis. PKS-2026.pdf' }) fileName!: string;
  @Field({ description: 'Jenis MIME, mis. application/pdf' }) mimeType!: string;
  @Field({ description: 'Isi berkas dalam base64' }) contentBase64!: string;
}
