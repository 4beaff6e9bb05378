export * from './dashboard-views';
export * from './upward-outcome';
export * from './dashboard';
