import { Field, ObjectType } from '@nestjs/graphql';
import { User } from './user.entity';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Kirim sebagai Authorization: Bearer ke gateway' }) accessToken!: string;
  @Field() expiresAt!: Date;
  @Field(() => User) user!: User;
}
