export * from './import-columns';
export * from './import-cells';
export * from './import-rows';
export * from './import-export';
