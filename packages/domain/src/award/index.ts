export * from './award-input';
export * from './scoring';
export * from './ranking';
export * from './pay-plan';
export * from './allocation';
export * from './award';
export * from './why-not-funded';
export * from './award-export';
