import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';

@ObjectType({ description: 'Tautan survei sekali pakai (mis. dicetak pada struk atau dikirim setelah layanan)' })
export class SkmLink {
  @Field() token!: string;
  @Field({ description: 'Alamat formulir untuk token ini' }) url!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Kapan token dipakai; null bila belum' }) usedAt!: Date | null;
}

@ObjectType()
export class SkmLinkConnection extends Paginated(SkmLink, 'SkmLink') {}

@ObjectType({ description: 'Berapa tautan sekali pakai sebuah survei yang diterbitkan dan yang sudah dipakai' })
export class SkmLinkUsage {
  @Field(() => Int) issued!: number;
  @Field(() => Int) used!: number;
}
