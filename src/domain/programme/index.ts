export * from './terms';
export * from './ledger';
export * from './broadcast-budget';
export * from './participant-hours';
export * from './wait-list-offer';
export * from './next-step';
