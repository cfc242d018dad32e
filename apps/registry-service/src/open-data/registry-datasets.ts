import type { OpenDataset } from '@simpul/service-kit';
import { SERVICE_UNITS_DATASET } from './service-units.dataset';
import { SERVICES_DATASET } from './services.dataset';

/** The registry's open data (GET /open-data/catalog, /open-data/<id>.<csv|json|xlsx>). */
export const REGISTRY_DATASETS: readonly OpenDataset[] = [SERVICE_UNITS_DATASET, SERVICES_DATASET];
