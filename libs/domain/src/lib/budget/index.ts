export * from './target-parsing';
export * from './spending-plan';
export * from './self-evaluation-scoring';
export * from './monitoring';
