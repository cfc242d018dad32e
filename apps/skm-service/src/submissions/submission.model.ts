import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SkmFlag } from '../integrity/integrity-flags';

export enum SkmReceiptStatus {
  STORED = 'STORED',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(SkmReceiptStatus, {
  name: 'SkmReceiptStatus',
  description: 'STORED: disimpan; DUPLICATE: kiriman ulang yang sudah tersimpan (tidak disimpan dua kali)',
});

@ObjectType({ description: 'Tanda terima satu kuesioner' })
export class SkmReceipt {
  @Field(() => ID, { nullable: true }) submissionId!: string | null;
  @Field(() => ID) responseId!: string;
  @Field(() => SkmReceiptStatus) status!: SkmReceiptStatus;
  @Field(() => [SkmFlag]) flags!: SkmFlag[];
}
