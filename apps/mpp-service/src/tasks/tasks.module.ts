import { Module } from '@nestjs/common';
import { MppTasksController } from './mpp-tasks.controller';
import { MppTasks } from './mpp-tasks.service';

/** This service's part of "Tugas saya", answered at GET /internal/tasks (the registry merges and pages it). */
@Module({ controllers: [MppTasksController], providers: [MppTasks] })
export class TasksModule {}
