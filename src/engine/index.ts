export * from './types';
export * from './message-keys';
export * from './flow';
export * from './effects';
export * from './transition';
export * from './clock';
