import { Directive, Field, ObjectType } from '@nestjs/graphql';

// Tasks, notifications and desk plugins carry names and sentences in both languages; every subgraph
// that serves them serves this same value type, so it is @shareable.
@ObjectType({ description: 'Teks dua bahasa / text in Bahasa Indonesia and English' })
@Directive('@shareable')
export class BilingualText {
  @Field({ description: 'Bahasa Indonesia' }) id!: string;
  @Field({ description: 'English' }) en!: string;
}
