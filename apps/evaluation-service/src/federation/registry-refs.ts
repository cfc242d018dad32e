import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

// The registry owns agencies; this service keeps their ids (evaluator profiles, conflicts of
// interest) and the gateway brings their names.

@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Agency {
  @Field(() => ID) id!: string;
}

export const agencyRef = (id: string): Agency => ({ id });
