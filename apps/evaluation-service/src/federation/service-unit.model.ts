import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * The registry's ServiceUnit, referenced by id. This service adds `ippResults`; name, kind and
 * agency come from the registry through the gateway.
 */
@ObjectType({ description: 'Unit penyelenggara pelayanan publik' })
@Directive('@key(fields: "id")')
export class ServiceUnit {
  @Field(() => ID) id!: string;
}
