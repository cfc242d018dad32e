import type { Provider } from '@nestjs/common';
import { mailSenderFromEnv, type MailSender } from '@simpul/service-kit';
import { MailDelivery } from '../mail/mail-delivery.service';
import { MAIL_SENDER } from '../mail/mail-sender.token';
import { SessionsController } from '../sessions/sessions.controller';
import { SessionsService } from '../sessions/sessions.service';
import { HttpMallDirectory } from './http-mall-directory';
import { IdentityHousekeeping } from './identity-housekeeping.service';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { MALL_DIRECTORY, type MallDirectory } from './mall-directory';
import { PasswordResolver } from './password.resolver';
import { PasswordService } from './password.service';
import { SignInThrottle } from './sign-in-throttle';
import { UserAdminService } from './user-admin.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

export const DEFAULT_MPP_URL = 'http://127.0.0.1:4104/graphql';

export interface IdentityOptions {
  /** The MPP subgraph (malls, tenancies); defaults to an HTTP client for MPP_URL. */
  mallDirectory?: MallDirectory;
  /** Defaults to SMTP when SMTP_URL is set, else the console (development). */
  mailSender?: MailSender;
}

export const IDENTITY_RESOLVERS = [IdentityResolver, UsersResolver, PasswordResolver];
export const IDENTITY_CONTROLLERS = [SessionsController];

/** Identity's services (accounts, passwords, sessions, mail), for the registry's AppModule. */
export function identityProviders(options: IdentityOptions): Provider[] {
  return [
    { provide: MALL_DIRECTORY, useFactory: () => options.mallDirectory ?? new HttpMallDirectory(process.env.MPP_URL || DEFAULT_MPP_URL) },
    { provide: MAIL_SENDER, useFactory: () => options.mailSender ?? mailSenderFromEnv() },
    MailDelivery,
    SignInThrottle,
    IdentityService,
    UsersService,
    UserAdminService,
    PasswordService,
    SessionsService,
    IdentityHousekeeping,
  ];
}
