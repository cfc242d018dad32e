import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Rentang peringkat yang didukung angka: hasil yang selang indeksnya (pembulatan ± margin sampel F-03) bertumpang tindih tidak dapat dibedakan (docs/rank-ranges.md)',
})
export class RankRange {
  @Field(() => Int, { description: 'Posisi terbaik yang mungkin' }) best!: number;
  @Field(() => Int, { description: 'Posisi terburuk yang mungkin' }) worst!: number;
}
