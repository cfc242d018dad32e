import { Field, ObjectType } from '@nestjs/graphql';
import { EvidenceDocument } from '../evidence.model';

@ObjectType({
  description: 'Tautan unduh sebuah dokumen bukti: jalur portal bertanda tangan, berlaku dua menit, hanya untuk dokumen dan peminta itu',
})
export class EvidenceDownloadLink {
  @Field({ description: 'Jalur relatif terhadap portal: /files/evidence/<id>/<nama berkas>?token=…' }) url!: string;
  @Field({ description: 'Sesudah saat ini tautan ditolak (410)' }) expiresAt!: Date;
  @Field(() => EvidenceDocument, { description: 'Dokumen yang dibuka: nama, jenis, ukuran, SHA-256, pengunggah' })
  document!: EvidenceDocument;
}
