export * from './computeLayout';
export * from './curve';
export * from './face';
export * from './hitTest';
export * from './metrics';
export * from './text';
export * from './connectorRoute';
