/** The only source of "now" in the core; the system clock is built in main.ts, tests use a fixed or simulated clock. */
export interface Clock {
  now(): Date;
}
