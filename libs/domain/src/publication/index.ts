export * from './resident-id';
export * from './publication-views';
export * from './notice-period';
export * from './publication-wording';
