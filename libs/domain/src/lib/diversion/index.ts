export * from './diversion-rules';
export * from './default-diversion-rules';
export * from './diversion-rule-revisions';
