import type { OpenDataset } from '@simpul/service-kit';
import { IKM_RESULTS_DATASET } from './ikm-results.dataset';

/** SKM's open data (GET /open-data/catalog, /open-data/<id>.<csv|json|xlsx>). */
export const SKM_DATASETS: readonly OpenDataset[] = [IKM_RESULTS_DATASET];
