import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** The registry's Region, by code: the gateway brings its name. */
@ObjectType()
@Directive('@key(fields: "code", resolvable: false)')
export class Region {
  @Field(() => ID) code!: string;
}

export const regionRef = (code: string): Region => ({ code });
