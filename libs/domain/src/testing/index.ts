// Test builders and fast-check arbitraries for @shifan/domain and its users. Not part of the built library.
export * from './uscc.builder';
export * from './call-settings.builder';
export * from './profile.builder';
export * from './application.builders';
export * from './expert.builder';
export * from './document.builder';
