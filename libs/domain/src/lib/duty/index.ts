export * from './roster';
export * from './swap';
export * from './subsidy';
export * from './sensitive-periods';
