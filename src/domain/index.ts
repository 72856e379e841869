// Public surface of the domain core.
export * from './errors';
export * from './cpr';
export * from './periods';
export * from './measurement-rules';
export * from './roles-over-team';
export * from './model/common';
export * from './model/organisation';
export * from './model/measures';
export * from './model/pdsa';
export * from './model/plans';
export * from './model/delivery';
export * from './model/delivery-failure';
export * from './model/reminder-causes';
export * from './model/reminder-payloads';
export type * from './ports';
export * from './use-cases/parse-input';
export * from './use-cases/record-measurement';
export * from './use-cases/link-person-by-email';
