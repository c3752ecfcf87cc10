export * from './zoned-time';
export * from './quiet-hours';
export * from './availability';
export * from './hours';
export * from './ranking';
export * from './offer-plan';
