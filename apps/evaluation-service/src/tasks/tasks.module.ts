import { Module } from '@nestjs/common';
import { EvaluationTasksResolver } from './evaluation-tasks.resolver';
import { EvaluationTasks } from './evaluation-tasks.service';

/** This service's part of "Tugas saya" (the registry merges and pages it). */
@Module({ providers: [EvaluationTasks, EvaluationTasksResolver] })
export class TasksModule {}
