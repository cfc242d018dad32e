import { Module } from '@nestjs/common';
import { MppTasksResolver } from './mpp-tasks.resolver';
import { MppTasks } from './mpp-tasks.service';

/** This service's part of "Tugas saya" (the registry merges and pages it). */
@Module({ providers: [MppTasks, MppTasksResolver] })
export class TasksModule {}
