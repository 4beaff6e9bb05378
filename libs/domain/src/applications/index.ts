export * from './receipt-number';
export * from './application-views';
