import type { BandTable } from '../bands/band';
import ippCategories from './data/ipp-categories-2022.json';
import type { IppCategoryCode } from './ipp-category-code';

/** The PEKPPP categories as published, apart from their matching, so a page that only shows the bands loads no arithmetic (issue #17). */
export const IPP_CATEGORY_TABLE = ippCategories as BandTable<IppCategoryCode>;
