export * from './receipt-number';
export * from './application-views';
export * from './application-facts';
