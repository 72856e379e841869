// Public surface of the domain core.
export * from './errors';
export * from './cpr';
export * from './periods';
export * from './measurement-rules';
export * from './model/common';
export * from './model/organisation';
export * from './model/measures';
export * from './model/pdsa';
export * from './model/plans';
export * from './model/delivery';
export * from './model/reach';
export type * from './ports';
export * from './use-cases/parse-input';
export * from './use-cases/record-measurement';
export * from './use-cases/link-person-by-email';
export * from './use-cases/match-listed-person';
export * from './use-cases/describe-introduction';
export * from './use-cases/describe-reach';
