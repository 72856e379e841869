import { describe, expect, it } from 'vitest';
import { distinctLabels } from '../../src/cards/distinct-labels';

describe('distinctLabels', () => {
  it('drops the leading words every label shares', () => {
    expect(distinctLabels(['Hoftefraktur-teamet Hvidovre', 'Hoftefraktur-teamet Odense'], 30)).toEqual([
      'Hvidovre',
      'Odense',
    ]);
    expect(distinctLabels(['Team Nord Hvidovre', 'Team Nord Odense', 'Team Syd Aarhus'], 30)).toEqual([
      'Nord Hvidovre',
      'Nord Odense',
      'Syd Aarhus',
    ]);
  });

  it('keeps at least one word of every label, and a single label as it is', () => {
    expect(distinctLabels(['Team Odense', 'Team Odense Nord'], 30)).toEqual(['Odense', 'Odense Nord']);
    expect(distinctLabels(['Team Hvidovre'], 30)).toEqual(['Team Hvidovre']);
    expect(distinctLabels(['OP24 – Operation inden for 24 timer', 'VENT – Ventetid'], 60)).toEqual([
      'OP24 – Operation inden for 24 timer',
      'VENT – Ventetid',
    ]);
  });

  it('shortens a long label at its end while that keeps the labels apart', () => {
    expect(distinctLabels(['Ortopædkirurgisk afdeling, Amager og Hvidovre Hospital', 'Akutmodtagelsen'], 20)).toEqual([
      'Ortopædkirurgisk af…',
      'Akutmodtagelsen',
    ]);
  });

  it('never cuts two labels so that they look alike: then the middle goes', () => {
    const labels = distinctLabels(['Mobiliseringsgrad efter operation', 'Mobiliseringsgrad-ny efter indlæggelse'], 16);
    expect(labels).toEqual(['Mobilise…eration', 'Mobilise…æggelse']);
  });

  it('closes no bracket the shared words opened', () => {
    expect(distinctLabels(['Seminar (torsdag 3. marts)', 'Seminar (torsdag 9. juni)'], 30)).toEqual([
      '3. marts',
      '9. juni',
    ]);
  });

  it('labels seminars of the same title by their dates', () => {
    expect(distinctLabels(['Læringsseminar 1 (3. marts kl. 9)', 'Læringsseminar 1 (9. juni kl. 13)'], 30)).toEqual([
      '3. marts kl. 9',
      '9. juni kl. 13',
    ]);
  });
});
