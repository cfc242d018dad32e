import { Global, Module, type DynamicModule } from '@nestjs/common';
import { mailSenderFromEnv, taskSourcesFromEnv, type MailSender, type TaskSource } from '@simpul/service-kit';
import type { Logger } from 'typeorm';
import { HttpMallDirectory } from './identity/http-mall-directory';
import { MALL_DIRECTORY, type MallDirectory } from './identity/mall-directory';
import { MAIL_SENDER } from './mail/mail-sender.token';
import { HttpLocalAdminDirectory, LOCAL_ADMIN_DIRECTORY, type LocalAdminDirectory } from './plugins/kipp-local-admins';
import { TASK_SOURCES } from './tasks/task-sources.token';

export const DEFAULT_MPP_URL = 'http://127.0.0.1:4104/graphql';
export const DEFAULT_KIPP_URL = 'http://127.0.0.1:4103/graphql';

export interface RegistryAppOptions {
  /** null builds the app without a database (print-schema). */
  databaseUrl: string | null;
  /** A TypeORM logger, e.g. a QueryCounter in tests and benchmarks. */
  queryLogger?: Logger;
  /** The MPP subgraph (malls, tenancies); defaults to an HTTP client for MPP_URL. */
  mallDirectory?: MallDirectory;
  /** The KIPP subgraph (the caller's local-admin agencies); defaults to an HTTP client for KIPP_URL. */
  localAdmins?: LocalAdminDirectory;
  /** Defaults to SMTP when SMTP_URL is set, else the console (development). */
  mailSender?: MailSender;
  /** The services asked for "Tugas saya"; defaults to EVALUATION_URL, KIPP_URL, MPP_URL and SKM_URL. */
  taskSources?: readonly TaskSource[];
}

/**
 * What the app is started with (tests pass their own): the MPP subgraph it asks about malls, the KIPP
 * subgraph it asks about local admins, the mail sender, and the services it asks for "Tugas saya".
 * Global, so the identity, mail, plugins and tasks modules inject them without taking options.
 */
@Global()
@Module({})
export class RegistryOptionsModule {
  static forRoot(options: RegistryAppOptions): DynamicModule {
    const providers = [
      { provide: MALL_DIRECTORY, useFactory: () => options.mallDirectory ?? new HttpMallDirectory(process.env.MPP_URL || DEFAULT_MPP_URL) },
      {
        provide: LOCAL_ADMIN_DIRECTORY,
        useFactory: () => options.localAdmins ?? new HttpLocalAdminDirectory(process.env.KIPP_URL || DEFAULT_KIPP_URL),
      },
      { provide: MAIL_SENDER, useFactory: () => options.mailSender ?? mailSenderFromEnv() },
      { provide: TASK_SOURCES, useFactory: () => options.taskSources ?? taskSourcesFromEnv() },
    ];
    return { module: RegistryOptionsModule, providers, exports: providers.map((provider) => provider.provide) };
  }
}
