import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Identity, Role } from '@simpul/contracts';
import { RoleEnum } from './role.enum';
import { UserStatus } from './user-status.enum';

/** A person who signs in. Identity lives in the registry because the units it binds to live here. */
@ObjectType({ description: 'Pengguna yang masuk' })
@Entity({ name: 'users' })
export class User {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field()
  @Column({ type: 'text' })
  email!: string;

  @Field({ description: 'Nama lengkap' })
  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Field(() => RoleEnum)
  @Column({ type: 'text' })
  role!: Role;

  @Field(() => UserStatus)
  @Column({ type: 'text', default: UserStatus.ACTIVE })
  status!: UserStatus;

  @Field(() => ID, { nullable: true, description: 'Unit tempat desk bertugas' })
  @Column({ name: 'service_unit_id', type: 'uuid', nullable: true })
  serviceUnitId!: string | null;

  @Field(() => ID, { nullable: true, description: 'MPP tempat operator bertugas' })
  @Column({ name: 'mall_id', type: 'uuid', nullable: true })
  mallId!: string | null;

  /** Null until the person sets a password through the invitation link. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  /** Raised when the role changes, the account is deactivated or the password is reset: older access tokens stop working. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion!: number;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Waktu undangan terakhir dikirim' })
  @Column({ name: 'invited_at', type: 'timestamptz', precision: 3, nullable: true })
  invitedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_sign_in_at', type: 'timestamptz', precision: 3, nullable: true })
  lastSignInAt!: Date | null;
}

export function identityOf(user: User): Identity {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    serviceUnitId: user.serviceUnitId,
    mallId: user.mallId,
  };
}
