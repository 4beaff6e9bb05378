export * from './document-format';
export * from './canonical-json';
export * from './verification-code';
export * from './field-values';
export * from './application-form-document';
export * from './call-summary';
export * from './document-views';
export * from './score-sheet-document';
