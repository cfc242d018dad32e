import './messages';

export * from './theme/theme';
export * from './theme/ui-provider';
export * from './data-table/data-table';
export * from './data-table/use-cursor-pages';
export * from './data-table/use-more-pages';
export * from './forms/error-summary';
export * from './forms/form-fields';
export * from './forms/form-errors';
export * from './feedback/error-panel';
export * from './feedback/empty-state';
export * from './feedback/loading-state';
export * from './feedback/category-badge';
export * from './layout/breadcrumbs';
export * from './layout/page-header';
export * from './media/qr-code';
export * from './change-history/change-history';
export * from './change-history/history-values';
