import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Teks dua bahasa / text in Bahasa Indonesia and English' })
export class IppText {
  @Field({ description: 'Bahasa Indonesia' }) id!: string;
  @Field({ description: 'English' }) en!: string;
}
