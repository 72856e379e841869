import { describe, expect, it } from 'vitest';
import { decodeButton } from '../../../src/channels/slack/block-kit/action-value';
import { renderBlockKit, type Surface } from '../../../src/channels/slack/block-kit/render-block-kit';
import { renderModal } from '../../../src/channels/slack/block-kit/render-modal';
import { toMrkdwn } from '../../../src/channels/slack/block-kit/mrkdwn';
import { modalLimitProblems, slackLimitProblems } from './slack-limit-problems';

type Json = Record<string, any>;
const card = (body: Json[], actions: Json[] = []): Json => ({ type: 'AdaptiveCard', version: '1.5', body, actions });
const render = (c: Json, surface: Surface = 'message', publicImages = true) =>
  renderBlockKit(c, { surface, publicImages, defaultAlt: 'Diagram over målingerne' });
const execute = (title: string, verb: string, data: Json = {}, extra: Json = {}) => ({
  type: 'Action.Execute',
  title,
  verb,
  data: { ...data, verb },
  ...extra,
});

describe('Block Kit from Adaptive Cards: text', () => {
  it('turns a heading into a header block and merges the following text into one section', () => {
    const { blocks } = render(
      card([
        { type: 'TextBlock', text: 'Måling gemt', weight: 'Bolder', size: 'Medium', style: 'heading' },
        { type: 'TextBlock', text: 'OP24 for **uge 48**' },
        { type: 'TextBlock', text: 'Median 82 %' },
      ]),
    );
    expect(blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Måling gemt', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: 'OP24 for *uge 48*\nMedian 82 %' } },
    ]);
  });

  it('converts Markdown links and escapes Slack control characters', () => {
    expect(toMrkdwn('Se [grafen](https://x.example/a?b=1&c=2) & <mere>')).toBe(
      'Se <https://x.example/a?b=1&c=2|grafen> &amp; &lt;mere&gt;',
    );
    expect(toMrkdwn('- et\n- to')).toBe('• et\n• to');
  });

  it('puts small subtle text in a context block and bold text in bold', () => {
    const { blocks } = render(
      card([
        { type: 'TextBlock', text: 'Vigtigt', weight: 'Bolder' },
        { type: 'TextBlock', text: 'fodnote', isSubtle: true, size: 'Small' },
      ]),
    );
    expect(blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*Vigtigt*' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'fodnote' }] },
    ]);
  });

  it('renders FactSets as two-column fields, at most 10 per section', () => {
    const facts = Array.from({ length: 12 }, (_, i) => ({ title: `Mål ${i}`, value: `${i} %` }));
    const { blocks } = render(card([{ type: 'FactSet', facts }]));
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({
      type: 'section',
      fields: expect.arrayContaining([{ type: 'mrkdwn', text: '*Mål 0*\n0 %' }]),
    });
    expect((blocks[0] as Json).fields).toHaveLength(10);
    expect((blocks[1] as Json).fields).toHaveLength(2);
  });

  it('renders RichTextBlocks, simple ColumnSets as fields, Containers and Tables; skips hidden elements', () => {
    const { blocks } = render(
      card([
        {
          type: 'RichTextBlock',
          inlines: [
            { type: 'TextRun', text: 'Skift', weight: 'Bolder' },
            { type: 'TextRun', text: ' siden uge 38' },
          ],
        },
        { type: 'TextBlock', text: 'skjult', isVisible: false },
        {
          type: 'ColumnSet',
          columns: [
            { type: 'Column', items: [{ type: 'TextBlock', text: 'OP24' }] },
            { type: 'Column', items: [{ type: 'TextBlock', text: '82 %' }] },
          ],
        },
        { type: 'Container', separator: true, items: [{ type: 'TextBlock', text: 'i containeren' }] },
        {
          type: 'Table',
          columns: [{ width: 1 }, { width: 1 }],
          rows: [
            {
              type: 'TableRow',
              cells: [
                { type: 'TableCell', items: [{ type: 'TextBlock', text: 'Mål' }] },
                { type: 'TableCell', items: [{ type: 'TextBlock', text: 'Værdi' }] },
              ],
            },
            {
              type: 'TableRow',
              cells: [
                { type: 'TableCell', items: [{ type: 'TextBlock', text: 'VENT' }] },
                { type: 'TableCell', items: [{ type: 'TextBlock', text: '17 t' }] },
              ],
            },
          ],
        },
      ]),
    );
    expect(blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*Skift* siden uge 38' } },
      {
        type: 'section',
        fields: [
          { type: 'mrkdwn', text: 'OP24' },
          { type: 'mrkdwn', text: '82 %' },
        ],
      },
      { type: 'divider' },
      { type: 'section', text: { type: 'mrkdwn', text: 'i containeren\n*Mål · Værdi*\nVENT · 17 t' } },
    ]);
  });
});

describe('Block Kit from Adaptive Cards: images', () => {
  const chart = {
    type: 'Image',
    url: 'https://bot.example.org/charts/abc.png?e=1&s=x',
    altText: 'Seriediagram for OP24: skift siden uge 38',
  };

  it('shows a chart as an image block with its alt text when Slack can fetch the URL', () => {
    const out = render(card([chart]));
    expect(out.blocks).toEqual([{ type: 'image', image_url: chart.url, alt_text: chart.altText }]);
    expect(out.images).toBe(1);
  });

  it('drops the image (the channel uploads the PNG instead) when the URL is not public, and never uses data URIs', () => {
    expect(render(card([chart]), 'message', false)).toMatchObject({ blocks: [], images: 0 });
    expect(render(card([{ type: 'Image', url: 'data:image/png;base64,AAAA', altText: 'x' }]))).toMatchObject({
      blocks: [],
      images: 0,
    });
  });

  it('always gives an image alt text', () => {
    const { blocks } = render(card([{ type: 'Image', url: chart.url }]));
    expect(blocks[0]).toMatchObject({ alt_text: 'Diagram over målingerne' });
  });
});

describe('Block Kit from Adaptive Cards: actions', () => {
  it('turns Action.Execute into buttons whose value carries verb and data, with styles', () => {
    const { blocks } = render(
      card(
        [],
        [
          execute('Fortryd', 'measurement.undo', { token: 't1' }, { style: 'destructive' }),
          execute('Log måling', 'measurement.form', {}, { style: 'positive' }),
          { type: 'Action.Submit', title: 'Gammel', data: { verb: 'old.verb', x: 1 } },
          { type: 'Action.OpenUrl', title: 'Vejledning', url: 'https://example.org/vejledning' },
          { type: 'Action.ToggleVisibility', title: 'Vis', targetElements: [] },
        ],
      ),
    );
    expect(blocks).toHaveLength(1);
    const buttons = (blocks[0] as Json).elements as Json[];
    expect(buttons.map((b) => [b.text.text, b.style, b.url])).toEqual([
      ['Fortryd', 'danger', undefined],
      ['Log måling', 'primary', undefined],
      ['Gammel', undefined, undefined],
      ['Vejledning', undefined, 'https://example.org/vejledning'],
    ]);
    expect(decodeButton(buttons[0]!.value)).toEqual({
      kind: 'action',
      action: { verb: 'measurement.undo', data: { token: 't1', verb: 'measurement.undo' } },
    });
    expect(decodeButton(buttons[2]!.value)).toEqual({
      kind: 'action',
      action: { verb: 'old.verb', data: { verb: 'old.verb', x: 1 } },
    });
  });

  it('splits more than 25 buttons over several actions blocks and cuts long titles to 75 characters', () => {
    const many = Array.from({ length: 30 }, (_, i) => execute(`${'Knap '.repeat(20)}${i}`, 'x.y', { i }));
    const { blocks } = render(card([], many));
    expect(blocks.map((b) => (b as Json).elements.length)).toEqual([25, 5]);
    expect(((blocks[0] as Json).elements[0].text.text as string).length).toBe(75);
    expect(slackLimitProblems(blocks, 'message')).toEqual([]);
  });
});

const form = card(
  [
    { type: 'TextBlock', text: 'Ny måling', style: 'heading' },
    {
      type: 'Input.ChoiceSet',
      id: 'measureId',
      label: 'Mål',
      isRequired: true,
      style: 'compact',
      value: 'm2',
      choices: [
        { title: 'OP24', value: 'm1' },
        { title: 'VENT', value: 'm2' },
      ],
    },
    {
      type: 'Input.Text',
      id: 'value',
      label: 'Værdi',
      isRequired: true,
      maxLength: 40,
      regex: '^\\d+([.,]\\d+)?$',
      errorMessage: 'Skriv et tal',
    },
    { type: 'Input.Number', id: 'count', label: 'Antal', min: 0, max: 100 },
    { type: 'Input.Date', id: 'date', label: 'Dato', value: '2026-11-26' },
    { type: 'Input.Text', id: 'note', label: 'Notat', isMultiline: true, maxLength: 1000 },
    {
      type: 'Input.ChoiceSet',
      id: 'tags',
      label: 'Mærker',
      isMultiSelect: true,
      choices: [
        { title: 'A', value: 'a' },
        { title: 'B', value: 'b' },
      ],
    },
    {
      type: 'Input.ChoiceSet',
      id: 'phase',
      label: 'Fase',
      style: 'expanded',
      choices: [
        { title: 'Plan', value: 'plan' },
        { title: 'Do', value: 'do' },
      ],
    },
    { type: 'Input.Toggle', id: 'done', title: 'Færdig', valueOn: 'ja', valueOff: 'nej', value: 'ja' },
  ],
  [
    execute('Gem måling', 'measurement.submit', { nonce: 'n1' }, { style: 'positive' }),
    execute('Annuller', 'measurement.cancel', {}, { associatedInputs: 'none' }),
  ],
);

describe('Block Kit from Adaptive Cards: forms', () => {
  it('leaves inputs and input-sending actions out of a message (a button opens the form as a modal)', () => {
    const out = render(form);
    expect(out.inputs.map((i) => i.id)).toEqual([
      'measureId',
      'value',
      'count',
      'date',
      'note',
      'tags',
      'phase',
      'done',
    ]);
    expect(out.blocks.some((b) => b.type === 'input')).toBe(false);
    const titles = out.blocks.flatMap((b) =>
      b.type === 'actions' ? b.elements.map((e) => (e as Json).text.text) : [],
    );
    expect(titles).toEqual(['Annuller']);
  });

  it('renders every input kind as an input block in a modal, block_id = input id, the first submit as the modal submit', () => {
    const out = render(form, 'modal');
    const inputs = out.blocks.filter((b) => b.type === 'input') as Json[];
    expect(inputs.map((b) => [b.block_id, b.element.type, b.optional])).toEqual([
      ['measureId', 'static_select', false],
      ['value', 'plain_text_input', false],
      ['count', 'plain_text_input', true],
      ['date', 'datepicker', true],
      ['note', 'plain_text_input', true],
      ['tags', 'multi_static_select', true],
      ['phase', 'radio_buttons', true],
      ['done', 'checkboxes', true],
    ]);
    expect(inputs[0]!.element.initial_option).toEqual({ text: { type: 'plain_text', text: 'VENT' }, value: 'm2' });
    expect(inputs[3]!.element.initial_date).toBe('2026-11-26');
    expect(inputs[4]!.element).toMatchObject({ multiline: true, max_length: 1000 });
    expect(inputs[7]!.element.initial_options).toEqual([{ text: { type: 'plain_text', text: 'Færdig' }, value: 'ja' }]);
    expect(out.submit).toMatchObject({ verb: 'measurement.submit' });
  });

  it('builds a modal within Slack limits, titled by the card heading', () => {
    const view = renderModal(form, {
      publicImages: true,
      defaultAlt: 'x',
      labels: { title: 'Forbedringsbot', submit: 'Gem', close: 'Annuller' },
      privateMetadata: '{"k":"abc"}',
    });
    expect(view.title.text).toBe('Ny måling');
    expect(view.submit?.text).toBe('Gem måling');
    expect(view.private_metadata).toBe('{"k":"abc"}');
    expect(view.blocks[0]?.type).not.toBe('header');
    expect(modalLimitProblems(view as Json)).toEqual([]);
  });
});

describe('Block Kit limits', () => {
  const huge = card(
    [
      { type: 'TextBlock', text: 'x'.repeat(5000) },
      ...Array.from({ length: 120 }, (_, i) => ({
        type: 'FactSet',
        facts: [{ title: `f${i}`, value: 'v'.repeat(2500) }],
      })),
      { type: 'Input.Text', id: 'a', label: 'A' },
    ],
    [execute('Gem', 'x.save'), execute('Hjælp', 'help.show', {}, { associatedInputs: 'none' })],
  );

  for (const surface of ['message', 'modal', 'home'] as const) {
    it(`keeps a huge card within the ${surface} limits and keeps its buttons`, () => {
      const { blocks } = render(huge, surface);
      expect(slackLimitProblems(blocks, surface)).toEqual([]);
      expect(blocks.at(-1)?.type).toBe('actions');
      expect(((blocks[0] as Json).text.text as string).length).toBe(3000);
    });
  }
});
