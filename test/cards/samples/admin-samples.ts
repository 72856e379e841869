import type { Locale } from '../../../src/domain';
import { createTranslator } from '../../../src/i18n/translator';
import { button, submitButton } from '../../../src/cards/button';
import {
  adminCreatedCard,
  adminMeasureFormCard,
  adminTeamFormCard,
  adminTeamsCard,
} from '../../../src/cards/builders/admin-cards';
import { overviewCardModel } from '../../../src/cards/builders/overview-card';
import type { CardModel } from '../../../src/cards/card-model';
import type { CardSample } from '../card-samples';
import type { TemplateName } from '../../../src/domain';

const REGIONS = ['hovedstaden', 'sjaelland', 'syddanmark', 'midtjylland', 'nordjylland', 'kommune'];
const TEAMS = [
  'Aalborg',
  'Aarhus',
  'Bispebjerg',
  'Esbjerg',
  'Gentofte',
  'Herlev',
  'Hillerød',
  'Holbæk',
  'Horsens',
  'Hvidovre',
  'Herning',
  'Kolding',
  'Køge',
  'Nykøbing F',
  'Odense',
  'Randers',
  'Roskilde',
  'Slagelse',
  'Svendborg',
  'Sønderborg',
  'Thisted',
  'Viborg',
  'Vejle',
  'Aabenraa',
  'Frederikshavn',
  'Hjørring',
  'Silkeborg',
  'Næstved',
  'Glostrup',
  'Bornholm',
];

/** Samples of the admin cards (team and measure forms, created, team list) and the overview, in one locale. */
export function adminSamples(locale: Locale): CardSample[] {
  const t = createTranslator(locale);
  const sample = (name: string, model: CardModel): CardSample => ({
    name,
    template: model.template as TemplateName,
    model,
  });
  const text = (label: string, value = '', placeholder = '') => ({
    label: t(label),
    value,
    placeholder: placeholder ? t(placeholder) : '',
    error: t('admin.field.required'),
  });
  const choice = (label: string, prefix: string, keys: string[], value: string) => ({
    label: t(label),
    value,
    choices: keys.map((k) => ({ title: t(`${prefix}.${k}`), value: k })),
  });
  const collaborative = {
    label: t('admin.field.collaborative'),
    value: 'c-hip',
    choices: [
      { title: 'LKT Hoftenære frakturer', value: 'c-hip' },
      { title: 'LKT Apopleksi', value: 'c-apo' },
    ],
  };
  return [
    sample(
      'admin-team-form',
      adminTeamFormCard({
        title: t('admin.teamForm.title'),
        text: t('admin.teamForm.textPick'),
        error: t('admin.teamExists', { team: 'Hvidovre' }),
        required: t('admin.field.required'),
        collaborative,
        name: text('admin.field.teamName', 'Hvidovre', 'admin.field.teamName.placeholder'),
        department: text('admin.field.department', '', 'admin.field.department.placeholder'),
        region: choice('admin.field.region', 'region', REGIONS, 'hovedstaden'),
        municipality: text('admin.field.municipality'),
        submit: submitButton(t('admin.button.createTeam'), 'admin.createTeam', { nonce: 'n-1' }),
      }),
    ),
    sample(
      'admin-measure-form',
      adminMeasureFormCard({
        title: t('admin.measureForm.title'),
        text: t('admin.measureForm.text', { collaborative: 'LKT Hoftenære frakturer' }),
        error: null,
        required: t('admin.field.required'),
        collaborative: null,
        code: {
          ...text('admin.field.code', 'OP24', 'admin.field.code.placeholder'),
          error: t('admin.field.code.error'),
        },
        name: text('admin.field.measureName', '', 'admin.field.measureName.placeholder'),
        unitKind: choice(
          'admin.field.unitKind',
          'admin.unitKind',
          ['proportion', 'count', 'rate', 'value'],
          'proportion',
        ),
        unit: text('admin.field.unit', '%', 'admin.field.unit.placeholder'),
        goal: { ...text('admin.field.goal', '85'), error: t('admin.field.goal.error') },
        direction: choice('admin.field.direction', 'admin.direction', ['higher', 'lower'], 'higher'),
        period: choice('admin.field.period', 'admin.period', ['week', 'month', 'day'], 'week'),
        type: choice('admin.field.type', 'admin.type', ['outcome', 'process', 'balancing'], 'process'),
        chart: choice(
          'admin.field.chart',
          'admin.chart',
          ['auto', 'c', 'g', 'p', 'pp', 'u', 'up', 'i', 'ip', 't'],
          'auto',
        ),
        scope: choice('admin.field.scope', 'admin.scope', ['mandatory', 'optional', 'team'], 'mandatory'),
        team: {
          label: t('admin.field.team'),
          value: '',
          choices: TEAMS.slice(0, 7).map((name, i) => ({ title: name, value: `t-${i}` })),
        },
        submit: submitButton(t('admin.button.createMeasure'), 'admin.createMeasure', {
          collaborativeId: 'c-hip',
          nonce: 'n-2',
        }),
      }),
    ),
    sample(
      'admin-created',
      adminCreatedCard({
        title: t('admin.teamCreated.title', { team: 'Hvidovre' }),
        facts: [
          { title: t('admin.fact.collaborative'), value: 'LKT Hoftenære frakturer' },
          { title: t('admin.fact.department'), value: 'Ortopædkirurgisk Afdeling, Hvidovre Hospital' },
          { title: t('admin.fact.region'), value: t('region.hovedstaden') },
        ],
        text: t('admin.teamCreated.text', { team: 'Hvidovre' }),
        buttons: [
          button(t('admin.button.inviteLead'), 'invite.create', { teamId: 't-1', role: 'lead' }, 'positive'),
          button(t('admin.button.inviteMember'), 'invite.create', { teamId: 't-1', role: 'member' }),
          button(t('admin.button.teams'), 'admin.teams'),
        ],
      }),
    ),
    sample(
      'admin-teams',
      adminTeamsCard({
        title: t('admin.teams.titleOne', { collaborative: 'LKT Hoftenære frakturer' }),
        note: t('admin.teams.truncated', { shown: 20, total: 30 }),
        teams: TEAMS.slice(0, 20).map((name, i) => ({
          name,
          detail: `Ortopædkirurgisk Afdeling, ${name} · ${t(`region.${REGIONS[i % 5]}`)}`,
          facts: [
            { title: t('admin.teams.leads'), value: 'Sofie Lund' },
            {
              title: t('admin.teams.members'),
              value: t('admin.teams.more', {
                names:
                  'Anna Holm, Bo Dahl, Carl Friis, Dorte Bech, Emil Skov, Frida Kjær, Gitte Lind, Hans Juul, Ida Krog, Jens Moos, Karen Vang, Lone Ravn',
                count: 4,
              }),
            },
            { title: t('admin.teams.sponsors'), value: 'Anders Holm' },
            {
              title: t('admin.teams.channel'),
              value:
                i % 2 ? t('admin.teams.channelLinked', { count: 1 }) : t('admin.teams.channelNone', { team: name }),
            },
          ],
          buttons: [button(t('admin.button.invite'), 'invite.create', { teamId: `t-${i}`, role: 'member' })],
        })),
        buttons: [
          button(t('admin.button.newTeam'), 'admin.teamForm'),
          button(t('admin.button.newMeasure'), 'admin.measureForm'),
        ],
      }),
    ),
    sample(
      'overview',
      overviewCardModel({
        title: t('overview.title', { code: 'OP24', name: 'Opereret inden for 24 timer' }),
        subtitle: t('overview.subtitleGoal', { teams: '30', goal: '85 %' }),
        image: {
          url: `https://bot.example/charts/${'e'.repeat(120)}.png?e=1800000000&s=${'s'.repeat(43)}`,
          alt: t('overview.alt', {
            code: 'OP24',
            teams: '30',
            signals: t('overview.altSignals', { teams: 'Hvidovre, Køge, Odense' }),
          }),
        },
        header: {
          team: t('overview.col.team'),
          latest: t('overview.col.latest'),
          goal: t('overview.col.goal'),
          signal: t('overview.col.signal'),
          missing: t('overview.col.missing'),
          reach: t('coverage.col'),
        },
        rows: TEAMS.map((team, i) => ({
          team,
          latest:
            i === 29
              ? t('overview.noData')
              : `${18 + (i % 5)}/22 (${locale === 'da' ? '86,4 %' : '86.4%'}), ${locale === 'da' ? 'uge' : 'week'} 47`,
          goal: t(`overview.goal.${i % 3 === 0 ? 'notMet' : 'met'}`),
          goalState: i % 3 === 0 ? 'notMet' : 'met',
          signal: i % 4 === 0 ? `${i % 8 === 0 ? '🔵' : '🟠'} ${t('overview.signal.shift')}` : '⚪',
          tone: i % 4 === 0 ? (i % 8 === 0 ? 'improvement' : 'worsening') : null,
          missing: i % 7,
          reach: t('coverage.column', { reachable: 10 - (i % 3), listed: 10 }),
          reachShort: i % 3 !== 0,
        })),
        footnote: t('overview.footnote', { count: '8', period: t('overview.period.week') }),
        progressTitle: t('progress.title'),
        progress: [
          {
            title: 'Hvidovre',
            value: t('progress.teamLine', {
              score: locale === 'da' ? '3,5' : '3.5',
              trend: '↑',
              month: locale === 'da' ? 'nov. 2026' : 'Nov 2026',
              reason: locale === 'da' ? 'Færre ventetimer' : 'Shorter waits',
            }),
          },
        ],
        // 30 teams: a drop-down of teams and one "Vis graf" button instead of a button per team.
        charts: {
          select: {
            id: 'teamId',
            label: t('overview.chartPick'),
            error: t('common.chooseOne'),
            choices: TEAMS.map((team, i) => ({ title: team, value: `t-${'x'.repeat(30)}-${i}` })),
          },
        },
        buttons: [
          submitButton(t('overview.button.chartPick'), 'chart.show', { measureId: `m-${'x'.repeat(30)}` }),
          button(t('overview.button.other'), 'overview.pick', { collaborativeId: 'c-hip' }),
        ],
      }),
    ),
    sample(
      'overview/few-teams',
      overviewCardModel({
        title: t('overview.title', { code: 'OP24', name: 'Opereret inden for 24 timer' }),
        subtitle: t('overview.subtitle', { teams: '3' }),
        image: null,
        header: {
          team: t('overview.col.team'),
          latest: t('overview.col.latest'),
          goal: t('overview.col.goal'),
          signal: t('overview.col.signal'),
          missing: t('overview.col.missing'),
          reach: t('coverage.col'),
        },
        rows: ['Akut', 'Ortopædkirurgi', 'Anæstesi'].map((team, i) => ({
          team,
          latest: `${18 + i}/22, ${locale === 'da' ? 'uge 52 2026' : 'week 52 2026'}`,
          goal: t('overview.goal.none'),
          goalState: 'none' as const,
          signal: '⚪',
          tone: null,
          missing: i,
          reach: t('coverage.column', { reachable: 3, listed: 4 }),
          reachShort: true,
        })),
        footnote: t('overview.footnote', { count: '8', period: t('overview.period.week') }),
        // A few teams: a "Vis graf" button each.
        charts: {
          buttons: ['Akut', 'Ortopædkirurgi', 'Anæstesi'].map((team, i) =>
            button(t('overview.button.chart', { team }), 'chart.show', { teamId: `t-${i}`, measureId: 'm-op24' }),
          ),
        },
        buttons: [button(t('overview.button.other'), 'overview.pick', { collaborativeId: 'c-hip' })],
      }),
    ),
  ];
}
