import { Module } from '@nestjs/common';
import { TaskFeedResolver } from './task-feed.resolver';

/**
 * "Tugas saya": the page of the caller's work, merged from the lists the owning services give
 * (TASK_SOURCES comes from RegistryOptionsModule: the services at their URLs, or fakes in tests).
 */
@Module({ providers: [TaskFeedResolver] })
export class TasksModule {}
