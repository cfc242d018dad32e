import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ProposalAttachment } from '../proposals/proposal.model';

/** A file sent inside the mutation as base64 (the gateway's body limit allows 10 MB files). */
@InputType('KippFileUploadInput', {
  description: 'Berkas yang diunggah (base64): PDF, PNG atau JPEG, paling besar KIPP_FILES_MAX_BYTES (bawaan 10 MB)',
})
export class FileUploadInput {
  @Field({ description: 'Nama berkas, mis. SK-Inovasi.pdf' }) fileName!: string;
  @Field({ description: 'Jenis MIME, mis. application/pdf' }) mimeType!: string;
  @Field({ description: 'Isi berkas dalam base64' }) contentBase64!: string;
}

@InputType('UploadProposalAttachmentInput')
export class UploadAttachmentInput {
  @Field(() => ID) proposalId!: string;
  @Field({ description: 'Jenis: SK_INOVASI, BUKTI, FOTO atau LAPORAN' }) kind!: string;
  @Field(() => FileUploadInput) file!: FileUploadInput;
}

@ObjectType('KippAttachmentDownload', { description: 'Isi lampiran untuk diunduh (base64), bagi yang boleh melihat proposalnya' })
export class AttachmentDownload {
  @Field(() => ProposalAttachment) attachment!: ProposalAttachment;
  @Field() contentBase64!: string;
}
