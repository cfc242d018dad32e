import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Identity, Role } from '@simpul/contracts';
import { RoleEnum } from './role.enum';

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

  @Field()
  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Field(() => RoleEnum)
  @Column({ type: 'text' })
  role!: Role;

  /** Bound unit of a UNIT_DESK. */
  @Column({ name: 'service_unit_id', type: 'uuid', nullable: true })
  serviceUnitId!: string | null;

  @Field(() => ID, { nullable: true, description: 'MPP tempat operator bertugas' })
  @Column({ name: 'mall_id', type: 'uuid', nullable: true })
  mallId!: string | null;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
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
