export const IPP_CATEGORY_CODES = ['A', 'A-', 'B', 'B-', 'C', 'C-', 'D', 'E', 'F'] as const;
export type IppCategoryCode = (typeof IPP_CATEGORY_CODES)[number];
