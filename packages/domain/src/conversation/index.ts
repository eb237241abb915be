export * from './conversation';
export * from './message-links';
