export * from './roles';
export * from './permissions';
export * from './security-policy';
export * from './password-policy';
export * from './account-schemas';
export * from './account-views';
export * from './enterprise-verification';
export * from './uscc-dispute';
