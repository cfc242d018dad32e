import { Field, ID, InputType } from '@nestjs/graphql';
import { MppDocumentInput } from '../files/mpp-document';

@InputType()
export class RecordAgreementInput {
  @Field(() => ID) tenancyId!: string;
  @Field() number!: string;
  @Field({ description: 'YYYY-MM-DD' }) signedOn!: string;
  @Field({ description: 'YYYY-MM-DD' }) startsOn!: string;
  @Field({ description: 'YYYY-MM-DD' }) expiresOn!: string;
  @Field(() => MppDocumentInput, { nullable: true }) document?: MppDocumentInput | null;
}

@InputType()
export class AddAgreementAddendumInput {
  @Field(() => ID) agreementId!: string;
  @Field() number!: string;
  @Field({ description: 'YYYY-MM-DD' }) signedOn!: string;
  @Field(() => String, { nullable: true, description: 'Tanggal berakhir baru, bila adendum memperpanjang PKS' }) expiresOn?: string | null;
  @Field() summary!: string;
  @Field(() => MppDocumentInput, { nullable: true }) document?: MppDocumentInput | null;
}

@InputType({ description: 'Koreksi data PKS yang sudah dicatat (hanya selama belum ada adendum)' })
export class CorrectAgreementInput {
  @Field(() => ID) agreementId!: string;
  @Field() number!: string;
  @Field({ description: 'YYYY-MM-DD' }) signedOn!: string;
  @Field({ description: 'YYYY-MM-DD' }) startsOn!: string;
  @Field({ description: 'YYYY-MM-DD' }) expiresOn!: string;
  @Field(() => MppDocumentInput, { nullable: true, description: 'Dokumen pengganti; bila kosong dokumen yang ada tetap' })
  document?: MppDocumentInput | null;
}
