import { EvaluationInit1764000000000 } from './1764000000000-evaluation-init';

/** Every evaluation migration, oldest first (classes, not globs: the app is bundled). */
export const EVALUATION_MIGRATIONS = [EvaluationInit1764000000000];
