import { Module } from '@nestjs/common';
import { KippAccess } from './kipp-access';
import { KippRolesResolver } from './kipp-roles.resolver';

/** Who may do what in KIPP: the caller's appointments (local admin, TE/TPI), read once per request. */
@Module({
  providers: [KippAccess, KippRolesResolver],
  exports: [KippAccess],
})
export class AccessModule {}
