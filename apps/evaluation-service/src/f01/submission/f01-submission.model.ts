import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Satu dokumen bukti sebagaimana dikirim: nama dan SHA-256 saat F-01 dikirim' })
export class F01ReceiptDocument {
  @Field(() => ID) documentId!: string;
  @Field() fileName!: string;
  @Field({ description: 'SHA-256 isi berkas (hex)' }) sha256!: string;
}

@ObjectType({ description: 'Satu indikator sebagaimana dikirim: level yang diklaim dan buktinya' })
export class F01ReceiptIndicator {
  @Field() indicatorCode!: string;
  @Field(() => Int) level!: number;
  @Field(() => [F01ReceiptDocument]) evidence!: F01ReceiptDocument[];
}

@ObjectType({ description: 'Tanda terima F-01: siapa mengirim, kapan, dan apa yang dikirim; dibuka kembali oleh admin bila perlu' })
export class F01Receipt {
  @Field(() => ID) id!: string;
  @Field(() => ID) lokusId!: string;
  @Field(() => ID, { nullable: true }) submittedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'Nama pengirim saat mengirim' }) submittedByName!: string | null;
  @Field() submittedAt!: Date;
  @Field({ description: 'Instrumen yang dipakai saat dikirim' }) instrumentId!: string;
  @Field(() => [F01ReceiptIndicator], { description: 'Urutan instrumen' }) indicators!: F01ReceiptIndicator[];
  @Field(() => Date, { nullable: true, description: 'Kosong selama kiriman masih berlaku (F-01 terkunci)' }) reopenedAt!: Date | null;
  @Field(() => ID, { nullable: true }) reopenedBy!: string | null;
  @Field(() => String, { nullable: true }) reopenedByName!: string | null;
  @Field(() => String, { nullable: true, description: 'Alasan admin membuka kembali' }) reopenReason!: string | null;
}

@ObjectType({ description: 'Indikator yang belum lengkap: klaim dan/atau bukti belum ada' })
export class F01MissingIndicator {
  @Field() indicatorCode!: string;
  @Field({ description: 'Teks indikator (bahasa instrumen)' }) text!: string;
  @Field() missingClaim!: boolean;
  @Field() missingEvidence!: boolean;
}

@ObjectType({ description: 'Kemajuan satu aspek: indikator dengan klaim dan bukti' })
export class F01AspectProgress {
  @Field() aspectCode!: string;
  @Field() aspectName!: string;
  @Field(() => Int) done!: number;
  @Field(() => Int) total!: number;
  @Field(() => [F01MissingIndicator]) missing!: F01MissingIndicator[];
}

@ObjectType({ description: 'Kelengkapan F-01 sebuah lokus sebelum dikirim, per aspek dan keseluruhan, dengan tenggat tahap F-01' })
export class F01Completeness {
  @Field(() => ID) lokusId!: string;
  @Field({ description: 'Setiap indikator punya klaim dan sedikitnya satu bukti' }) complete!: boolean;
  @Field(() => Int) done!: number;
  @Field(() => Int) total!: number;
  @Field(() => [F01AspectProgress]) aspects!: F01AspectProgress[];
  @Field(() => Date, { nullable: true, description: 'Akhir tahap pengisian F-01 (termasuk perpanjangan)' }) deadline!: Date | null;
  @Field({ description: 'Tahap pengisian F-01 sedang terbuka' }) fillingOpen!: boolean;
  @Field(() => F01Receipt, { nullable: true, description: 'Kiriman yang berlaku (F-01 terkunci), bila ada' })
  submission!: F01Receipt | null;
}
