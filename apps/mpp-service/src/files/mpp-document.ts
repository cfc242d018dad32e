import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { badUserInput } from '@simpul/service-kit';
import { FileUploadInput } from '../files/file-upload.input';
import { parseDate } from '../common/dates';

/** Metadata of a signed document (the file itself lives in the document store, not here). */
@ObjectType('MppDocument', { description: 'Metadata dokumen (surat, kajian, PKS); berkasnya disimpan di penyimpanan dokumen' })
export class MppDocument {
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'Nomor surat/dokumen' }) number!: string | null;
  @Field(() => String, { nullable: true, description: 'Tanggal dokumen (YYYY-MM-DD)' }) issuedOn!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { nullable: true, description: 'Alamat berkas di luar Simpul (bila tidak diunggah)' }) url!: string | null;
  /** The uploaded file, resolved as `file` (stored in its own column, not in the metadata JSON). */
  fileId?: string | null;
}

@InputType('MppDocumentInput')
export class MppDocumentInput {
  @Field() title!: string;
  @Field(() => String, { nullable: true }) number?: string | null;
  @Field(() => String, { nullable: true }) issuedOn?: string | null;
  @Field(() => String, { nullable: true }) fileName?: string | null;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => FileUploadInput, { nullable: true, description: 'Berkas yang ditandatangani (PDF/PNG/JPEG)' }) file?: FileUploadInput | null;
}

export function cleanDocument(input: MppDocumentInput | null | undefined, field: string): MppDocument | null {
  if (!input) return null;
  const title = input.title.trim();
  if (!title) throw badUserInput(`${field}.title`, 'A document needs a title.', 'Dokumen harus memiliki judul.');
  if (input.url && !/^https?:\/\//.test(input.url)) {
    throw badUserInput(
      `${field}.url`,
      'The document address must start with http:// or https://.',
      'Alamat dokumen harus diawali http:// atau https://.',
    );
  }
  return {
    title,
    number: input.number?.trim() || null,
    issuedOn: input.issuedOn ? parseDate(input.issuedOn, `${field}.issuedOn`) : null,
    fileName: input.fileName?.trim() || null,
    url: input.url?.trim() || null,
  };
}

/** The metadata from its JSON column joined with the uploaded file's id from its own column. */
export function withFile(document: MppDocument | null, fileId: string | null | undefined): MppDocument | null {
  return document ? { ...document, fileId: fileId ?? null } : null;
}

/** The uploaded file's checked name replaces whatever name the metadata carried. */
export function withFileName(document: MppDocument, fileName: string | null | undefined): MppDocument {
  return fileName ? { ...document, fileName } : document;
}
