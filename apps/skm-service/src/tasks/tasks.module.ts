import { Module } from '@nestjs/common';
import { SkmTasksResolver } from './skm-tasks.resolver';
import { SkmTasks } from './skm-tasks.service';

/** This service's part of "Tugas saya" (the registry merges and pages it). */
@Module({ providers: [SkmTasks, SkmTasksResolver] })
export class TasksModule {}
