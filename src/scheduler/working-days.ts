// Working days are a pure domain rule (seminar times use them too); re-exported for the scheduler's modules.
export * from '../domain/time/working-days';
