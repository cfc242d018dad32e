import { EvaluationInit1764000000000 } from './1764000000000-evaluation-init';
import { PhaseScheduleChanges1764000000001 } from './1764000000001-phase-schedule-changes';
import { DataOrigin1765200000100 } from './1765200000100-data-origin';
import { CycleSource1765600000000 } from './1765600000000-cycle-source';
import { ResultCategoryDerived1765700000000 } from './1765700000000-result-category-derived';
import { EvidenceUploaderName1765800000000 } from './1765800000000-evidence-uploader-name';
import { F01Submissions1766000000000 } from './1766000000000-f01-submissions';
import { OmbudsmanResults1766300000000 } from './1766300000000-ombudsman-results';
import { EvaluationFileBlobs1766900000100 } from './1766900000100-evaluation-file-blobs';
import { PublishedAggregateResults1767010000000 } from './1767010000000-published-aggregate-results';
import { FollowUpPlans1767100000000 } from './1767100000000-follow-up-plans';
import { EvaluationSearchKey1767700000001 } from './1767700000001-evaluation-search-key';

/** Every evaluation migration, oldest first (classes, not globs: the app is bundled). */
export const EVALUATION_MIGRATIONS = [
  EvaluationInit1764000000000,
  PhaseScheduleChanges1764000000001,
  DataOrigin1765200000100,
  CycleSource1765600000000,
  ResultCategoryDerived1765700000000,
  EvidenceUploaderName1765800000000,
  F01Submissions1766000000000,
  OmbudsmanResults1766300000000,
  EvaluationFileBlobs1766900000100,
  PublishedAggregateResults1767010000000,
  FollowUpPlans1767100000000,
  EvaluationSearchKey1767700000001,
];
