import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { StandardComponent } from './standard-component';

@ObjectType({ description: 'Satu komponen Standar Pelayanan' })
export class StandardComponentValue {
  @Field(() => StandardComponent) component!: StandardComponent;
  @Field({ description: 'Komponen penyampaian pelayanan (wajib dipublikasikan)' }) delivery!: boolean;
  @Field(() => String, { nullable: true }) content!: string | null;
  @Field() published!: boolean;
}

@ObjectType({ description: 'Kelengkapan Standar Pelayanan' })
export class StandardCompleteness {
  @Field() complete!: boolean;
  @Field(() => [StandardComponent], { description: 'Komponen yang belum diisi' }) missing!: StandardComponent[];
  @Field(() => [StandardComponent], { description: 'Komponen penyampaian yang sudah diisi tetapi belum dipublikasikan' })
  unpublished!: StandardComponent[];
  @Field({ description: 'Keenam komponen penyampaian terisi dan dipublikasikan' }) deliveryReady!: boolean;
  @Field(() => Int) filled!: number;
  @Field(() => Int) total!: number;
}

@InputType()
export class StandardComponentInput {
  @Field(() => StandardComponent) component!: StandardComponent;
  @Field(() => String, { nullable: true }) content?: string | null;
  @Field(() => Boolean, { nullable: true }) published?: boolean | null;
}
