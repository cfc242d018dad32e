import { Module } from '@nestjs/common';
import { SkmTasksController } from './skm-tasks.controller';
import { SkmTasks } from './skm-tasks.service';

/** This service's part of "Tugas saya", answered at GET /internal/tasks (the registry merges and pages it). */
@Module({ controllers: [SkmTasksController], providers: [SkmTasks] })
export class TasksModule {}
