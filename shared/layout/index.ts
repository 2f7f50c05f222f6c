export * from './computeLayout';
export * from './metrics';
export * from './text';
export * from './curve';
