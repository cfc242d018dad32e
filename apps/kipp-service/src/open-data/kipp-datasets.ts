import type { OpenDataset } from '@simpul/service-kit';
import { KIPP_INNOVATIONS_DATASET } from './kipp-innovations.dataset';

/** KIPP's open data (GET /open-data/catalog, /open-data/<id>.<csv|json|xlsx>). */
export const KIPP_DATASETS: readonly OpenDataset[] = [KIPP_INNOVATIONS_DATASET];
