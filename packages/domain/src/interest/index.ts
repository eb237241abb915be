export * from './interest';
export * from './interest-status';
export * from './interest-rules';
export * from './interest-collaboration';
