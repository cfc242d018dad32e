import { registerEnumType } from '@nestjs/graphql';

/** INVITED until the person sets a password through the link; DEACTIVATED accounts cannot sign in. */
export enum UserStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}
registerEnumType(UserStatus, { name: 'UserStatus', description: 'Status akun: diundang, aktif, atau dinonaktifkan' });
