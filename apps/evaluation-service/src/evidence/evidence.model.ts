import { Paginated } from '@simpul/service-kit';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

@ObjectType({ description: 'Dokumen bukti dukung milik unit; dapat dilampirkan ke beberapa indikator dan dibawa ke siklus berikutnya' })
export class EvidenceDocument {
  @Field(() => ID) id!: string;
  @Field(() => ID) serviceUnitId!: string;
  @Field() fileName!: string;
  @Field() mimeType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field({ description: 'SHA-256 isi berkas (heksadesimal)' }) sha256!: string;
  @Field(() => ID, { nullable: true }) uploadedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'Nama pengunggah saat mengunggah (kosong untuk dokumen lama)' })
  uploadedByName!: string | null;
  @Field() uploadedAt!: Date;
}

@ObjectType()
export class EvidenceAttachment {
  @Field(() => ID) lokusId!: string;
  @Field() indicatorCode!: string;
  @Field(() => EvidenceDocument) document!: EvidenceDocument;
  @Field(() => ID, { nullable: true }) attachedBy!: string | null;
  @Field() attachedAt!: Date;
}

export enum EvidenceAction {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(EvidenceAction, { name: 'EvidenceAction' });

@ObjectType({ description: 'Riwayat slot bukti: siapa menambah atau melepas apa, kapan' })
export class EvidenceEvent {
  @Field(() => ID) lokusId!: string;
  @Field() indicatorCode!: string;
  @Field(() => ID) documentId!: string;
  @Field() fileName!: string;
  @Field(() => EvidenceAction) action!: EvidenceAction;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field() at!: Date;
}

@InputType()
export class UploadEvidenceInput {
  @Field(() => ID) serviceUnitId!: string;
  @Field() fileName!: string;
  @Field() mimeType!: string;
  @Field({ description: 'Isi berkas, base64; batas ukuran EVIDENCE_MAX_BYTES (bawaan 10 MB)' }) contentBase64!: string;
}

@InputType()
export class EvidenceSlotInput {
  @Field(() => ID) lokusId!: string;
  @Field() indicatorCode!: string;
  @Field(() => ID) documentId!: string;
}

@InputType({ description: 'Membawa lampiran bukti dari lokus unit yang sama di siklus sebelumnya, tanpa mengunggah ulang' })
export class CarryEvidenceInput {
  @Field(() => ID) lokusId!: string;
  @Field(() => ID) fromLokusId!: string;
}

@ObjectType()
export class EvidenceDocumentConnection extends Paginated(EvidenceDocument, 'EvidenceDocument') {}

@ObjectType()
export class EvidenceEventConnection extends Paginated(EvidenceEvent, 'EvidenceEvent') {}
