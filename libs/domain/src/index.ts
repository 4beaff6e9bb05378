// The public face of @shifan/domain. Everything the apps use is exported from here.
export * from './i18n/localized-text';
export * from './errors/error-codes';
export * from './catalogue/programme-categories';
export * from './catalogue/key-fields';
export * from './catalogue/districts';
