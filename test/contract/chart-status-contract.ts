import { describe, expect, it } from 'vitest';
import { actionWith, expectWellFormed, textOf, type ContractEnv } from './contract-env';

/** The run chart on demand and team status. */
export function chartStatusContract(env: () => ContractEnv): void {
  describe('run chart', () => {
    it('answers "graf OP24" with the chart image, the median and the shift in plain words', async () => {
      const { driver, persons } = env();
      const replies = await driver.say(persons.clinician, 'graf OP24');
      expectWellFormed(replies);
      const images = replies.flatMap((r) => r.images ?? []);
      expect(images.length).toBeGreaterThan(0);
      expect(images[0]!.url).toMatch(/\/charts\/[A-Za-z0-9_-]+\.png\?e=\d+&s=/);
      expect(images[0]!.alt.length).toBeGreaterThan(10);
      // The shift told in the measure's direction (OP24: higher is better).
      expect(textOf(replies)).toMatch(/er (steget|faldet): \d+ uger i træk/);
      actionWith(replies, 'measurement.form');
    });
  });

  describe('status', () => {
    it('shows each measure of the team and its active PDSA cycles', async () => {
      const { driver, persons } = env();
      const replies = await driver.say(persons.clinician, 'status');
      expectWellFormed(replies);
      const text = textOf(replies);
      expect(text).toContain('OP24');
      expect(text).toContain('VENT');
      expect(text).toContain('Femoralisblok i akutmodtagelsen');
    });
  });
}
