import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** The registry's ServiceUnit, referenced by id; KIPP adds its catalogued innovations. */
@ObjectType({ description: 'Unit penyelenggara pelayanan publik' })
@Directive('@key(fields: "id")')
export class ServiceUnit {
  @Field(() => ID) id!: string;
}

export const serviceUnitRef = (id: string): ServiceUnit => ({ id });
