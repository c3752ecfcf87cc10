export * from './offer';
export * from './attendance';
export * from './completion';
