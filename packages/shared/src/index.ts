export * from './roles.js';
export * from './organisations.js';
export * from './dates.js';
export * from './limits.js';
export * from './person.js';
export * from './identifiers.js';
export * from './actions.js';
export * from './huddles.js';
