import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** The registry's ServiceUnit, referenced by id; this service adds `latestIkm`. */
@ObjectType({ description: 'Unit penyelenggara pelayanan publik' })
@Directive('@key(fields: "id")')
export class ServiceUnit {
  @Field(() => ID) id!: string;
}
