import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

// Entities the registry subgraph owns. KIPP holds their keys; names, types and regions come from
// the registry through the gateway.

@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Agency {
  @Field(() => ID) id!: string;
}

@ObjectType()
@Directive('@key(fields: "code", resolvable: false)')
export class Region {
  @Field(() => ID) code!: string;
}

export const agencyRef = (id: string): Agency => ({ id });
export const regionRef = (code: string): Region => ({ code });
