import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

// Entities the registry subgraph owns. The MPP subgraph only holds their keys; the gateway fetches
// names, standards and regions from the registry, so nothing the registry knows is copied here.

@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Agency {
  @Field(() => ID) id!: string;
}

@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class ServiceUnit {
  @Field(() => ID) id!: string;
}

@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Service {
  @Field(() => ID) id!: string;
}

@ObjectType()
@Directive('@key(fields: "code", resolvable: false)')
export class Region {
  @Field(() => ID) code!: string;
}

export const agencyRef = (id: string): Agency => ({ id });
export const serviceUnitRef = (id: string): ServiceUnit => ({ id });
export const serviceRef = (id: string): Service => ({ id });
export const regionRef = (code: string): Region => ({ code });
