export * from './call-funder';
export * from './call-time';
export * from './eligibility-rules';
export * from './eligibility';
export * from './call';
export * from './call-status';
export * from './rules-in-words';
