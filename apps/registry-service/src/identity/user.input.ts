import { Field, ID, InputType } from '@nestjs/graphql';
import type { Role } from '@simpul/contracts';
import { RoleEnum } from './role.enum';
import { UserStatus } from './user-status.enum';

@InputType({ description: 'Saring pengguna' })
export class UserFilter {
  @Field({ nullable: true, description: 'Kata dalam nama atau surel' }) text?: string;
  @Field(() => RoleEnum, { nullable: true }) role?: Role;
  @Field(() => UserStatus, { nullable: true }) status?: UserStatus;
  @Field(() => ID, { nullable: true }) serviceUnitId?: string;
  @Field(() => ID, { nullable: true }) mallId?: string;
}

@InputType({ description: 'Undangan akun baru; tautan untuk mengatur kata sandi dikirim lewat surel' })
export class InviteUserInput {
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => ID, { nullable: true, description: 'Wajib untuk UNIT_DESK' }) serviceUnitId?: string;
  @Field(() => ID, { nullable: true, description: 'Wajib untuk MPP_OPERATOR' }) mallId?: string;
  @Field({ nullable: true, description: "Bahasa surel: 'id' (bawaan) atau 'en'" }) language?: string;
}
