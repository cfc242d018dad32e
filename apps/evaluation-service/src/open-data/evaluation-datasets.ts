import type { OpenDataset } from '@simpul/service-kit';
import { OMBUDSMAN_RESULTS_DATASET } from './ombudsman-results.dataset';
import { PEKPPP_RESULTS_DATASET } from './pekppp-results.dataset';

/** The evaluation service's open data (GET /open-data/catalog, /open-data/<id>.<csv|json|xlsx>). */
export const EVALUATION_DATASETS: readonly OpenDataset[] = [PEKPPP_RESULTS_DATASET, OMBUDSMAN_RESULTS_DATASET];
