export * from './interest';
export * from './interest-status';
export * from './interest-rules';
