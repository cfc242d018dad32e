export * from './service-job';
export * from './job-runner';
export * from './jobs.module';
