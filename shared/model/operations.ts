// Pure document edits. The store, the tests and the importers all change a map through these,
// so every edit keeps the document valid and stamps nothing the main process owns.
export * from './ops/cards';
export * from './ops/connectors';
export * from './ops/emotions';
export * from './ops/errors';
export * from './ops/lanes';
export * from './ops/map';
export * from './ops/stages';
export * from './ops/method';
export * from './ops/feedback';
export * from './ops/personas';
export * from './ops/steps';
export * from './ops/backlog';
