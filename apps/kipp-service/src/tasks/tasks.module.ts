import { Module } from '@nestjs/common';
import { KippTasksController } from './kipp-tasks.controller';
import { KippTasks } from './kipp-tasks.service';

/** This service's part of "Tugas saya", answered at GET /internal/tasks (the registry merges and pages it). */
@Module({ controllers: [KippTasksController], providers: [KippTasks] })
export class TasksModule {}
