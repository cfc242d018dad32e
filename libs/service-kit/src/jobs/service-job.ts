/**
 * A piece of background work a service runs on a schedule, e.g. a reminder scan. `run` is a plain
 * method (tests call it directly with the time they want); pg-boss only decides when and where.
 */
export interface ServiceJob {
  /** Queue name, unique in the service: letters, digits, `-`, `_`, `.`, e.g. `agreement-reminders`. */
  name: string;
  /** Five-field cron in UTC, e.g. `0 1 * * *` (every day at 01:00 UTC, 08:00 WIB). */
  cron: string;
  /** Does the work as of `now` (the service's clock); what it resolves to is logged by `run-jobs`. */
  run(now: Date): Promise<unknown>;
}

/** A provider (any class in the app) that contributes jobs; JobsModule finds it through the Nest container. */
export interface JobSource {
  jobs(): ServiceJob[];
}
