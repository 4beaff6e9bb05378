export * from './review-notice';
export * from './formal-checklist';
export * from './review-views';
export * from './snapshot-diff';
export * from './blind-review';
export * from './unit-quota';
