import { Module } from '@nestjs/common';
import { EvaluationTasksController } from './evaluation-tasks.controller';
import { EvaluationTasks } from './evaluation-tasks.service';

/** This service's part of "Tugas saya", answered at GET /internal/tasks (the registry merges and pages it). */
@Module({ controllers: [EvaluationTasksController], providers: [EvaluationTasks] })
export class TasksModule {}
