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
export type * from './ports';
export * from './use-cases/parse-input';
export * from './use-cases/record-measurement';
export * from './use-cases/link-person-by-email';
export * from './time/time-rules';
export * from './time/seminar-time';
export { isClosedDay, publicHolidayName } from './time/working-days';
