import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith, expectWellFormed, textOf, type ContractEnv } from './contract-env';

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

  describe('overview', () => {
    it('gives the tovholder a "Vis graf" per team that opens that team’s chart', async () => {
      const { driver, persons } = env();
      const overview = await driver.say(persons.tovholder, 'oversigt OP24');
      expectWellFormed(overview);
      const charts = actionsOf(overview).filter((a) => a.data.verb === 'chart.show');
      expect(charts.length).toBe(3); // the demo's three teams, each with a button
      const pressed = charts.at(-1)!;
      const team = await driver.store.teams.get(String(pressed.data.teamId));
      const replies = await driver.press(persons.tovholder, pressed.data);
      expectWellFormed(replies);
      expect(replies.flatMap((r) => r.images ?? []).length).toBeGreaterThan(0);
      expect(textOf(replies)).toContain(`${team!.name} · seriediagram`);
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
