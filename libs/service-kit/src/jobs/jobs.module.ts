import { Module, type DynamicModule } from '@nestjs/common';
import { JOBS_OPTIONS, JobRunner, type JobsOptions } from './job-runner';

/**
 * A service's background jobs on pg-boss. Import it once per service, in the module that holds the
 * job sources: `JobsModule.forRoot({ schema: 'mpp_jobs', sources: [AgreementReminders] })`.
 */
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JOBS_OPTIONS, useValue: options }, JobRunner],
      exports: [JobRunner],
    };
  }
}
