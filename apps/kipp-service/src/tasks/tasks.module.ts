import { Module } from '@nestjs/common';
import { KippTasksResolver } from './kipp-tasks.resolver';
import { KippTasks } from './kipp-tasks.service';

/** This service's part of "Tugas saya" (the registry merges and pages it). */
@Module({ providers: [KippTasks, KippTasksResolver] })
export class TasksModule {}
