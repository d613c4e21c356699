export * from './diversion-rules';
export * from './default-diversion-rules';
