export * from './attachment-slots';
export * from './call-schemas';
export * from './file-sniffing';
