export * from './formal-checklist';
export * from './review-views';
export * from './snapshot-diff';
