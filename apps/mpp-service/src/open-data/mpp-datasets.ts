import type { OpenDataset } from '@simpul/service-kit';
import { MPP_MALLS_DATASET } from './mpp-malls.dataset';

/** MPP's open data (GET /open-data/catalog, /open-data/<id>.<csv|json|xlsx>). */
export const MPP_DATASETS: readonly OpenDataset[] = [MPP_MALLS_DATASET];
