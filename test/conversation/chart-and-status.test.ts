import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { periodBounds, shiftPeriod, type MeasurementWrite } from '../../src/domain';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

/** OP24 for Team Hvidovre, weeks 24–47 of 2026: twelve weeks around 70 %, then twelve at 90 % (a shift). */
async function seedShift(): Promise<void> {
  const rows: MeasurementWrite[] = [];
  const low = [14, 15, 13, 14, 16, 14, 13, 15, 14, 14, 15, 13];
  for (let i = 0; i < 24; i++) {
    const periodKey = shiftPeriod('2026-W24', i);
    const numerator = i < 12 ? low[i]! : 18;
    rows.push({
      measureId: f.measures.op24.id,
      teamId: f.hvidovre.id,
      periodKey,
      periodStart: periodBounds(periodKey)!.start,
      value: numerator / 20,
      numerator,
      denominator: 20,
      note: null,
    });
  }
  await f.store.measurements.putMany(rows, { personId: null, at: f.clock.now() });
}

describe('run chart on demand', () => {
  it('shows the run-chart card: image by signed URL with alt text, latest, median, goal, signal, buttons', async () => {
    await seedShift();
    const [reply] = await f.say('anna', 'graf OP24');
    expect(reply?.card?.template).toBe('run-chart');
    const data = reply!.card!.data;
    expect(data.imageUrl).toBe(
      `https://bot.example/charts/${f.measures.op24.id}/${f.hvidovre.id}/run/full.png?sig=test`,
    );
    expect(data.altText).toContain('seriediagram for Operation inden for 24 timer, Team Hvidovre.');
    expect(data.altText).toContain(
      'Operation inden for 24 timer er steget: 12 uger i træk over medianen siden uge 36 — det ligner en reel forbedring. Overvej en ny baseline fra uge 36.',
    );
    const text = textOf(reply);
    expect(text).toContain('Operation inden for 24 timer (OP24)');
    expect(text).toContain('Seneste værdi\n18/20 (90 %) – uge 47');
    expect(text).toContain('Median\n85 %');
    expect(text).toContain('Måltal\n90 % (højere er bedre)');
    // Higher is better, so the rise is good news: green, never red, with the MDC variation icon.
    expect(text).toContain('Tegn på forbedring');
    expect(data.signalColor).toBe('Good');
    expect(text).toContain('Variation\n🔵 Særlig variation – forbedring');
    expect(buttonOf(reply, 'measurement.form').data).toMatchObject({
      measureId: f.measures.op24.id,
      teamId: f.hvidovre.id,
    });
    expect(buttonOf(reply, 'chart.show').data).toMatchObject({ chart: 'p' });
    expect(buttonOf(reply, 'pdsa.new').data).toMatchObject({ teamId: f.hvidovre.id });
    expect(reply?.charts).toEqual([
      { measureId: f.measures.op24.id, teamId: f.hvidovre.id, chart: 'run', size: 'full', alt: data.altText },
    ]);
  });

  it('says so in plain words when there is no signal', async () => {
    await f.say('anna', 'måling vent 30 uge 46');
    const [reply] = await f.say('anna', 'graf ventetid');
    expect(textOf(reply)).toContain('Hvad viser grafen?');
    expect(textOf(reply)).toContain('For få punkter');
  });

  it('names one point count: the card’s "Antal punkter" and "for få punkter" agree (7, not 7 and 6)', async () => {
    // Seven weeks; the median (30) is one of the values, so only 6 points are off the centre line.
    const hours = [30, 32, 28, 31, 29, 33, 27];
    await f.store.measurements.putMany(
      hours.map((value, i) => {
        const periodKey = shiftPeriod('2026-W41', i);
        return {
          measureId: f.measures.vent.id,
          teamId: f.hvidovre.id,
          periodKey,
          periodStart: periodBounds(periodKey)!.start,
          value,
          numerator: null,
          denominator: null,
          note: null,
        };
      }),
      { personId: null, at: f.clock.now() },
    );
    const text = textOf((await f.say('anna', 'graf VENT'))[0]);
    expect(text).toContain('Antal punkter\n7');
    expect(text).toContain('For få punkter til at vurdere variationen: 7 (mindst 10 anbefales).');
  });

  it('lists PDSA cycles as annotations', async () => {
    await seedShift();
    f.clock.set('2026-09-01T10:00:00Z'); // the cycle starts in week 36
    const [form] = await f.say('anna', 'pdsa ny');
    await f.press(
      'anna',
      buttonOf(form, 'pdsa.create', {
        inputs: { title: 'Fast track', objective: 'Hurtigere til OP', measureIds: f.measures.op24.id },
      }),
    );
    f.clock.set('2026-11-25T10:00:00Z');
    const [reply] = await f.say('anna', 'graf op24');
    expect(textOf(reply)).toContain('PDSA-cyklusser\nPDSA 1\nFast track (Planlæg), fra uge 36');
  });

  it('marks a cycle where its test started, when the team wrote that date', async () => {
    await seedShift();
    f.clock.set('2026-09-01T10:00:00Z'); // planned in week 36 …
    const [form] = await f.say('anna', 'pdsa ny');
    const [created] = await f.press(
      'anna',
      buttonOf(form, 'pdsa.create', {
        inputs: { title: 'Fast track', objective: 'Hurtigere til OP', measureIds: f.measures.op24.id },
      }),
    );
    const [doCard] = await f.press('anna', buttonOf(created, 'pdsa.advance'));
    f.clock.set('2026-10-20T10:00:00Z');
    // … tested from 5 October (week 41)
    await f.press(
      'anna',
      buttonOf(doCard, 'pdsa.advance', {
        inputs: { startedOn: '2026-10-05', finishedOn: '2026-10-16', whatHappened: 'Kørte i to uger' },
      }),
    );
    f.clock.set('2026-11-25T10:00:00Z');
    const [reply] = await f.say('anna', 'graf op24');
    expect(textOf(reply)).toContain('PDSA-cyklusser\nPDSA 1\nFast track (Studér), fra uge 41');
  });

  it('switches to the SPC chart that fits the unit kind, and back', async () => {
    await seedShift();
    const [run] = await f.say('anna', 'graf op24');
    const [p] = await f.press('anna', buttonOf(run, 'chart.show'));
    expect(p?.card?.data.subtitle).toBe('Team Hvidovre · P-kort (SPC)');
    expect(p?.card?.data.imageUrl).toContain('/p/full.png');
    expect(textOf(p)).toContain('Gennemsnit');
    expect(buttonOf(p, 'chart.show').data.chart).toBe('run');
    const [count] = await f.press('anna', { verb: 'chart.show', data: { measureId: f.measures.mobd.id } });
    expect(buttonOf(count, 'chart.show').data.chart).toBe('c');
    const [rate] = await f.press('anna', { verb: 'chart.show', data: { measureId: f.measures.fald.id } });
    expect(buttonOf(rate, 'chart.show').data.chart).toBe('u');
    const [value] = await f.press('anna', { verb: 'chart.show', data: { measureId: f.measures.vent.id } });
    expect(buttonOf(value, 'chart.show').data.chart).toBe('i');
  });

  it('shows a sponsor the chart without logging or PDSA buttons', async () => {
    await seedShift();
    const [reply] = await f.say('sofie', 'graf op24');
    expect(reply?.card?.template).toBe('run-chart');
    expect(() => buttonOf(reply, 'measurement.form')).toThrow();
    expect(() => buttonOf(reply, 'pdsa.new')).toThrow();
  });

  it('offers a picker without a measure, and for an ambiguous or unknown one', async () => {
    const [picker] = await f.say('anna', 'graf');
    expect(picker?.card?.template).toBe('choice');
    const [ambiguous] = await f.say('anna', 'graf mob');
    expect(textOf(ambiguous)).toContain('"mob" passer på flere mål');
    const [chart] = await f.press(
      'anna',
      buttonOf(ambiguous, 'chart.show', { title: 'MOB1 – Mobilisering inden for 24 timer' }),
    );
    expect(chart?.card?.template).toBe('run-chart');
  });

  it('refuses a chart of another team for a member', async () => {
    const [reply] = await f.press('ole', {
      verb: 'chart.show',
      data: { measureId: f.measures.op24.id, teamId: f.hvidovre.id },
    });
    expect(reply?.text).toBe('Det kan du kun for de teams, du selv er med i.');
  });

  it('lets a regional tovholder read a team in the region, not outside it', async () => {
    const [ok] = await f.press('rikke', {
      verb: 'chart.show',
      data: { measureId: f.measures.op24.id, teamId: f.odense.id },
    });
    expect(ok?.card?.template).toBe('run-chart');
    const [refused] = await f.press('rikke', {
      verb: 'chart.show',
      data: { measureId: f.measures.op24.id, teamId: f.hvidovre.id },
    });
    expect(refused?.text).toBe('Du er tovholder for en anden region end dette team.');
  });

  it('answers in English', async () => {
    await seedShift();
    const [reply] = await f.say('emma', 'chart op24');
    const text = textOf(reply);
    expect(text).toContain('Latest value\n18/20 (90%) – week 47');
    expect(text).toContain(
      'Operation inden for 24 timer has risen: 12 weeks in a row above the median since week 36 — this looks like a real improvement.',
    );
    expect(reply?.card?.data.imageUrl).toContain('/run/full.png');
  });
});

describe('team status', () => {
  it('shows each measure’s latest value vs goal, signal and missing periods, and active PDSA cycles', async () => {
    await seedShift();
    // VENT was created with the fixture (this week): its missing weeks count from the team's first value, week 39.
    await f.say('anna', 'måling vent 30 uge 39');
    await f.say('anna', 'måling vent 25 uge 47');
    const [form] = await f.say('anna', 'pdsa ny');
    await f.press(
      'anna',
      buttonOf(form, 'pdsa.create', { inputs: { title: 'Fast track', objective: 'Hurtigere', dueDo: '2026-11-20' } }),
    );
    const [reply] = await f.say('anna', 'status');
    expect(reply?.card?.template).toBe('team-status');
    const text = textOf(reply);
    expect(text).toContain('Status – Team Hvidovre');
    expect(text).toContain('25.11.2026 · 7 mål');
    expect(text).toMatch(
      /Operation inden for 24 timer \(OP24\)\nSeneste\n18\/20 \(90 %\) – uge 47\nMåltal\n90 % – nået/,
    );
    expect(text).toMatch(/Ventetid på operation \(VENT\)\nSeneste\n25 timer – uge 47\nMåltal\n20 timer – ikke nået/);
    expect(text).toContain('er steget: 12 uger i træk over medianen');
    expect(text).toMatch(/\(VENT\)\n(?:.+\n)*?Mangler data\nuge 43, uge 44, uge 45, uge 46 \(7 perioder i alt\)/);
    expect(text).toContain('Fast track\nFase: Planlæg');
    const op24 = (
      reply!.card!.data.measures as Array<{ title: string; color: string; facts: Array<{ title: string }> }>
    ).find((m) => m.title.includes('OP24'));
    expect(op24?.color).toBe('Good');
    expect(op24?.facts.map((x) => x.title)).toEqual([
      'Seneste',
      'Måltal',
      'Median',
      'Seriediagram',
      'Variation',
      'Målopfyldelse',
    ]);
    expect(buttonOf(reply, 'chart.show', { title: 'Vis graf' }).verb).toBe('chart.show');
  });

  it('reports missing days for a daily measure, but not before the collaborative started', async () => {
    const [reply] = await f.say('aksel', 'status');
    expect(textOf(reply)).toContain('Status – Team Aarhus');
    expect(textOf(reply)).toContain('Ingen data endnu');
  });

  it('shows when there are no active cycles', async () => {
    const [reply] = await f.say('lars', 'status');
    expect(textOf(reply)).toContain('Ingen aktive PDSA-cyklusser.');
  });

  it('asks a tovholder which team', async () => {
    const [ask] = await f.say('tove', 'status');
    expect(textOf(ask)).toContain('Hvilket team?');
    const [status] = await f.press('tove', buttonOf(ask, 'team.pick', { title: 'Odense' }));
    expect(textOf(status)).toContain('Status – Team Odense');
    expect(textOf(status)).toContain('Odense: udskrevet til eget hjem (ODS1)');
  });

  it('answers in English', async () => {
    const [reply] = await f.say('emma', 'status');
    expect(textOf(reply)).toContain('Status – Team Hvidovre');
    expect(textOf(reply)).toContain('No data yet');
  });
});
