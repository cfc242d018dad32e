import { Module } from '@nestjs/common';
import { MppAccess } from './mpp-access';

/** Who may see and manage which mall, tenancy and file (asks the registry for an agency desk's units). */
@Module({ providers: [MppAccess], exports: [MppAccess] })
export class AccessModule {}
