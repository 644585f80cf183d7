// Bots and batch simulation.
export * from './policies';
export * from './simulate';
export * from './analysis';
