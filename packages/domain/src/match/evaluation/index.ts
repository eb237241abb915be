// The matching evaluation: not exported from the package's root, so the web bundle does
// not carry the labelled set. Import it from '@spillover/domain/dist/match/evaluation'.
export * from './evaluation-catalogue';
export * from './evaluation-needs';
export * from './evaluation-metrics';
export * from './evaluate-matching';
export * from './evaluation-ceiling';
