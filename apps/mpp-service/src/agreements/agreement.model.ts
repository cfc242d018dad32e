import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MppDocument } from '../files/mpp-document';

export enum AgreementStatus {
  NOT_STARTED = 'NOT_STARTED',
  ACTIVE = 'ACTIVE',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
}
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Status PKS hari ini: belum berlaku, berlaku, akan berakhir (≤ 60 hari), berakhir',
});

/** Operators are warned this many days before a PKS expires. */
export const EXPIRY_WARNING_DAYS = 60;

@ObjectType({ description: 'Adendum PKS; dapat memperpanjang masa berlaku' })
export class AgreementAddendum {
  @Field(() => ID) id!: string;
  @Field() number!: string;
  @Field({ description: 'YYYY-MM-DD' }) signedOn!: string;
  @Field(() => String, { nullable: true, description: 'Tanggal berakhir baru bila adendum memperpanjang PKS' }) expiresOn!: string | null;
  @Field() summary!: string;
  @Field(() => MppDocument, { nullable: true }) document!: MppDocument | null;
  agreementId!: string;
}

/** A Perjanjian Kerja Sama between the mall manager and the tenant agency. */
@ObjectType({ description: 'Perjanjian Kerja Sama (PKS) antara pengelola MPP dan instansi tenant' })
export class Agreement {
  @Field(() => ID) id!: string;
  @Field() number!: string;
  @Field({ description: 'YYYY-MM-DD' }) signedOn!: string;
  @Field({ description: 'YYYY-MM-DD' }) startsOn!: string;
  @Field({ description: 'Tanggal berakhir yang berlaku (setelah adendum), YYYY-MM-DD' }) expiresOn!: string;
  @Field({ description: 'Tanggal berakhir sebelum adendum' }) originalExpiresOn!: string;
  @Field(() => MppDocument, { nullable: true, description: 'Dokumen PKS yang ditandatangani' }) document!: MppDocument | null;
  @Field(() => AgreementStatus) status!: AgreementStatus;
  @Field(() => Int, { description: 'Sisa hari sampai berakhir (negatif bila sudah berakhir)' }) daysToExpiry!: number;
  tenancyId!: string;
}
