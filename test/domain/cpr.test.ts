import { describe, expect, it } from 'vitest';
import { containsCpr, redactCpr } from '../../src/domain/cpr';

describe('containsCpr', () => {
  it.each([
    ['DDMMYY-SSSS', '240583-1234'],
    ['DDMMYYSSSS', '2405831234'],
    ['DDMMYY SSSS', '240583 1234'],
    ['inside a sentence', 'Patient 010190-4321 faldt i nat.'],
    ['at the end after a colon', 'cpr:3112991234'],
    ['29 February (a leap year in one of the centuries)', '290200-1234'],
    ['29 February of 1988', '2902881234'],
    ['the last day of a 30-day month', '300483-1234'],
    ['with an en dash', '240583–1234'],
  ])('finds a CPR number written %s', (_name, text) => {
    expect(containsCpr(text)).toBe(true);
  });

  it.each([
    ['a fraction', '18/22'],
    ['a proportion with spaces', '18 / 22 patienter'],
    ['a phone number whose first digits are not a date', '3545 1234'],
    ['a Danish phone number with country code', '+45 3545 1234'],
    ['ten digits starting with day 32', '3201831234'],
    ['ten digits with month 13', '0113831234'],
    ['31 April', '310483-1234'],
    ['29 February of a non-leap year', '290283-1234'],
    ['day zero', '000183-1234'],
    ['nine digits', '240583123'],
    ['eleven digits', '24058312345'],
    ['a date with dots', '24.05.83'],
    ['an ISO date', '2026-11-23'],
    ['a period key', '2026-W47'],
    ['an empty string', ''],
  ])('does not flag %s', (_name, text) => {
    expect(containsCpr(text)).toBe(false);
  });

  it('finds a CPR number next to a number that is not one', () => {
    expect(containsCpr('3213561234 og 0101001234')).toBe(true);
  });
});

describe('redactCpr', () => {
  it('replaces every CPR number and keeps the rest of the text', () => {
    expect(redactCpr('Pt 240583-1234 og 0101901234 havde 18/22 point')).toBe('Pt [CPR fjernet] og [CPR fjernet] havde 18/22 point');
  });

  it('leaves numbers that are not CPR numbers alone', () => {
    expect(redactCpr('Lot 3213561234, tlf 3545 1234')).toBe('Lot 3213561234, tlf 3545 1234');
  });
});
