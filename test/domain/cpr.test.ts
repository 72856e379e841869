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
    ['with dots between the date parts and a dash', '24.05.83-1234'],
    ['with dots everywhere', '24.05.83.1234'],
    ['with spaces everywhere', '24 05 83 1234'],
    ['with dashes everywhere', '24-05-83-1234'],
    ['with dots and a space before the last four', '24.05.83 1234'],
    ['with a spaced dash before the last four', '240583 - 1234'],
    ['with a no-break space', '240583\u00a01234'],
    ['with a figure dash', '240583\u20121234'],
    ['with an em dash', '240583\u20141234'],
    ['with a minus sign', '240583\u22121234'],
    ['with en dashes between the date parts', '24\u201305\u201383\u20131234'],
    ['after a word and a full stop', 'Pt.240583-1234'],
    ['at the end of a sentence', 'Det var 24.05.83-1234.'],
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
    ['an 8-digit phone number', '35451234'],
    ['a phone number in pairs', '35 45 12 34'],
    ['a phone number in pairs that starts like a date', '24 05 83 12'],
    ['a decimal', '2405.831234'],
    ['a decimal with a comma', '240583,1234'],
    ['a long decimal', '0,2405831234'],
    ['a Danish date', '24.05.2026'],
    ['a Danish date and time', '24.05.26 kl. 14.30'],
    ['an ISO date and week', '2026-11-23 (2026-W48)'],
    ['a measurement value', '1234,5'],
    ['a series of values', '18 22 17 19 24'],
    ['mixed separators between the date parts', '24.05 83-1234'],
    ['a UUID', 'b3f1c2d4-2405-4831-a234-1234567890ab'],
  ])('does not flag %s', (_name, text) => {
    expect(containsCpr(text)).toBe(false);
  });

  it('finds a CPR number next to a number that is not one', () => {
    expect(containsCpr('3213561234 og 0101001234')).toBe(true);
  });
});

describe('redactCpr', () => {
  it('replaces every CPR number and keeps the rest of the text', () => {
    expect(redactCpr('Pt 240583-1234 og 0101901234 havde 18/22 point')).toBe(
      'Pt [CPR fjernet] og [CPR fjernet] havde 18/22 point',
    );
  });

  it('leaves numbers that are not CPR numbers alone', () => {
    expect(redactCpr('Lot 3213561234, tlf 3545 1234')).toBe('Lot 3213561234, tlf 3545 1234');
  });
});
