import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { IdentityHousekeeping } from './identity-housekeeping.service';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { PasswordResolver } from './password.resolver';
import { PasswordService } from './password.service';
import { SignInThrottle } from './sign-in-throttle';
import { UserAdminService } from './user-admin.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

/** People: sign-in (with throttling), invitations, roles, passwords by e-mailed link. Exports sign-in for the sessions. */
@Module({
  imports: [MailModule],
  providers: [
    SignInThrottle,
    IdentityService,
    UsersService,
    UserAdminService,
    PasswordService,
    IdentityHousekeeping,
    IdentityResolver,
    UsersResolver,
    PasswordResolver,
  ],
  exports: [IdentityService],
})
export class IdentityModule {}
