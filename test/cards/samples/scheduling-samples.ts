import type { Locale } from '../../../src/domain';
import { createTranslator } from '../../../src/i18n/translator';
import { button, submitButton } from '../../../src/cards/button';
import type { CardModel } from '../../../src/cards/card-model';
import {
  broadcastComposeCard,
  broadcastMessageCard,
  broadcastPreviewCard,
  broadcastReportCard,
} from '../../../src/cards/builders/broadcast-cards';
import { reminderCard } from '../../../src/cards/builders/reminder-cards';
import {
  seminarFormCard,
  seminarListCard,
  seminarMaterialCard,
  seminarReminderCard,
  seminarTallyCard,
} from '../../../src/cards/builders/seminar-cards';
import { sponsorSummaryCard } from '../../../src/cards/builders/sponsor-summary-card';
import { storyboardCollectionCard, storyboardLearningCard } from '../../../src/cards/builders/storyboard-cards';
import type { CardSample } from '../card-samples';
import type { TemplateName } from '../../../src/domain';
import { SAMPLE_IDS as ID } from './conversation-samples';

const SEMINAR = 's-7';
const CALENDAR_URL = 'https://bot.example/calendar/eyJzIjoicy03In0.ics?e=1798761600&s=sample';
const SCOPES = (da: boolean) => [
  { title: da ? 'Alle teams i LKT Hoftenære frakturer' : 'All teams of LKT Hoftenære frakturer', value: 'c-hip' },
  {
    title: da ? 'LKT Hoftenære frakturer – Region Syddanmark' : 'LKT Hoftenære frakturer – Region of Southern Denmark',
    value: 'c-hip|syddanmark',
  },
];

/** Samples of the scheduler's cards: seminar reminders and forms, reminders, the sponsor summary and broadcasts. */
export function schedulingSamples(locale: Locale): CardSample[] {
  const t = createTranslator(locale);
  const da = locale === 'da';
  const sample = (name: string, model: CardModel): CardSample => ({
    name,
    template: model.template as TemplateName,
    model,
  });
  const when = da ? 'torsdag 17. december 2026 kl. 10:00' : 'Thursday 17 December 2026 at 10:00';
  const seminarTitle = 'Læringsseminar 3 – LKT Hoftenære frakturer';
  const rsvp = [
    button(t('seminar.rsvp.yes'), 'seminar.rsvp', { seminarId: SEMINAR, attending: true }, 'positive'),
    button(t('seminar.rsvp.no'), 'seminar.rsvp', { seminarId: SEMINAR, attending: false }),
  ];
  const headline = t('reminder.seminar.inDays', { days: 14 });
  return [
    sample(
      'seminar-reminder',
      seminarReminderCard({
        headline,
        headlineColor: 'Accent',
        title: t('reminder.seminar.title', { title: seminarTitle }),
        facts: [
          { title: t('reminder.seminar.when'), value: when },
          { title: t('reminder.seminar.where'), value: 'Hotel Nyborg Strand, Østerøvej 2, Nyborg' },
        ],
        agenda: {
          title: t('reminder.seminar.agenda'),
          text: da
            ? '10:00 Velkomst\n10:30 Teamenes erfaringer med tjeklisten\n13:00 Seriediagrammer og Anhøj-reglerne'
            : '10:00 Welcome\n10:30 Team experiences\n13:00 Run charts and the Anhøj rules',
        },
        links: [
          { title: t('seminar.detail.openLink'), url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc' },
          { title: t('seminar.detail.material'), url: 'https://example.dk/seminar-3/slides.pdf' },
          { title: t('seminar.detail.addToCalendar'), url: CALENDAR_URL },
        ],
        rsvpText: t('reminder.seminar.rsvpText'),
        buttons: rsvp,
        summary: t('reminder.seminar.text', { headline, title: seminarTitle, when }),
      }),
    ),
    sample(
      'seminar-reminder/cancelled',
      seminarReminderCard({
        headline: t('reminder.seminar.cancelled'),
        headlineColor: 'Attention',
        title: t('reminder.seminar.title', { title: seminarTitle }),
        facts: [{ title: t('reminder.seminar.when'), value: when }],
        agenda: null,
        links: [{ title: t('seminar.detail.addToCalendar'), url: CALENDAR_URL }],
        rsvpText: null,
        buttons: [button(t('seminar.button.list'), 'seminar.list')],
        summary: t('reminder.seminar.cancelledText', { title: seminarTitle, when }),
      }),
    ),
    sample(
      'seminar-form',
      seminarFormCard({
        title: t('seminar.form.titleNew'),
        text: t('seminar.form.text'),
        labels: {
          title: t('seminar.form.title'),
          date: t('seminar.form.date'),
          time: t('seminar.form.time'),
          endTime: t('seminar.form.endTime'),
          location: t('seminar.form.location'),
          materialUrl: t('seminar.form.material'),
          onlineUrl: t('seminar.form.link'),
          agenda: t('seminar.form.agenda'),
          offsets: t('seminar.form.offsets'),
          scope: t('seminar.form.scope'),
          required: t('seminar.form.required'),
          offsetsError: t('seminar.error.offsets'),
        },
        values: {
          title: '',
          date: '',
          time: '',
          endTime: '',
          location: '',
          onlineUrl: '',
          materialUrl: '',
          agenda: '',
          offsets: '14, 2, 0',
          scope: 'c-hip',
        },
        scopes: SCOPES(da),
        buttons: [submitButton(t('seminar.form.submit'), 'seminar.save', { nonce: 'n-1' })],
      }),
    ),
    sample(
      'seminar-list',
      seminarListCard({
        title: t('seminar.list.title'),
        emptyText: t('seminar.list.empty'),
        seminars: [seminarTitle, 'Netværksmøde Region Syddanmark'].map((title, i) => ({
          title,
          when,
          details: {
            facts: [
              { title: t('reminder.seminar.when'), value: t('seminar.detail.until', { when, end: '15:30' }) },
              {
                title: t('seminar.detail.where'),
                value: i === 0 ? 'Hotel Nyborg Strand / Online' : t('seminar.detail.online'),
              },
            ],
            agenda:
              i === 0
                ? {
                    title: t('seminar.detail.agenda'),
                    text: da ? '10:00 Velkomst\n10:30 Teamenes erfaringer' : '10:00 Welcome\n10:30 Team experiences',
                  }
                : null,
            links: [{ title: t('seminar.detail.addToCalendar'), url: CALENDAR_URL }],
          },
          buttons: [
            button(t('seminar.button.tally'), 'seminar.tally', { seminarId: `s-${i}` }),
            button(t('seminar.button.edit'), 'seminar.form', { seminarId: `s-${i}` }),
            button(t('seminar.button.cancel'), 'seminar.cancel', { seminarId: `s-${i}` }, 'destructive'),
          ],
        })),
        buttons: [button(t('seminar.button.new'), 'seminar.form', {}, 'positive')],
      }),
    ),
    sample(
      'seminar-list/empty',
      seminarListCard({
        title: t('seminar.list.title'),
        emptyText: t('seminar.list.empty'),
        seminars: [],
        buttons: [button(t('summary.button.status'), 'status.show')],
      }),
    ),
    sample(
      'seminar-tally',
      seminarTallyCard({
        title: t('seminar.tally.title', { title: seminarTitle }),
        when,
        facts: [
          { title: t('seminar.tally.attending'), value: '14' },
          { title: t('seminar.tally.notAttending'), value: '2' },
          { title: t('seminar.tally.noAnswer'), value: '5' },
        ],
        attendingTitle: t('seminar.tally.attendingTitle'),
        attending: Array.from({ length: 14 }, (_, i) => `Deltager ${i + 1} (Team Hvidovre)`),
        noAnswerTitle: t('seminar.tally.noAnswerTitle'),
        noAnswer: ['Emma English (Team Hvidovre)', 'Mette Fysioterapeut (Team Odense)', 'Ole Odense (Team Odense)'],
        buttons: [
          button(t('seminar.button.edit'), 'seminar.form', { seminarId: SEMINAR }),
          button(t('seminar.button.list'), 'seminar.list'),
        ],
      }),
    ),
    sample(
      'seminar-material',
      seminarMaterialCard({
        title: t('seminar.material.title', { title: seminarTitle }),
        text: t('seminar.material.text'),
        label: t('seminar.form.material'),
        value: '',
        buttons: [
          submitButton(t('seminar.material.submit'), 'seminar.materialSave', { seminarId: SEMINAR, nonce: 'n-2' }),
        ],
      }),
    ),
    sample(
      'storyboard-collection',
      storyboardCollectionCard({
        title: t('storyboard.collection.title', { title: seminarTitle }),
        text: t('storyboard.collection.text', { teams: 2, written: 1 }),
        emptyText: t('storyboard.collection.empty'),
        boards: ['Team Hvidovre', 'Team Odense'].map((team, i) => ({
          team,
          imageUrl: `https://bot.example/storyboards/sample-${i}.png?e=1798761600&s=sample`,
          altText: t('storyboard.title', { team }),
          links: [
            { title: 'PNG', url: `https://bot.example/storyboards/sample-${i}.png?e=1798761600&s=sample` },
            { title: 'PDF', url: `https://bot.example/storyboards/sample-${i}.pdf?e=1798761600&s=sample` },
          ],
          learningStatus: i === 0 ? t('storyboard.collection.written') : t('storyboard.collection.notWritten'),
        })),
        buttons: [button(t('seminar.button.list'), 'seminar.list')],
      }),
    ),
    sample(
      'storyboard-learning',
      storyboardLearningCard({
        title: t('storyboard.ask.title', { title: seminarTitle }),
        text: t('storyboard.ask.text', { team: 'Team Hvidovre', when }),
        label: t('storyboard.ask.label'),
        value: '',
        required: t('seminar.form.required'),
        buttons: [
          submitButton(t('storyboard.ask.submit'), 'storyboard.learning', {
            seminarId: SEMINAR,
            teamId: 't-1',
            nonce: 'n-3',
          }),
        ],
      }),
    ),
    sample(
      'reminder-data',
      reminderCard({
        template: 'reminder-data',
        title: t('reminder.data.title', { measure: 'OP24 – Operation inden for 24 timer' }),
        text: t('reminder.data.text', {
          measure: 'Operation inden for 24 timer',
          period: da ? 'uge 47' : 'week 47',
          team: 'Team Hvidovre',
        }),
        facts: [
          { title: t('reminder.data.measure'), value: 'OP24 – Operation inden for 24 timer' },
          { title: t('reminder.data.period'), value: da ? 'uge 47' : 'week 47' },
          { title: t('reminder.data.team'), value: 'Team Hvidovre' },
        ],
        buttons: [
          button(
            t('reminder.data.button'),
            'measurement.form',
            { measureId: ID.op24, teamId: ID.team, periodKey: '2026-W47' },
            'positive',
          ),
        ],
      }),
    ),
    sample(
      'reminder-pdsa',
      reminderCard({
        template: 'reminder-pdsa',
        title: t('reminder.pdsa.title', { title: 'Tjekliste ved modtagelse' }),
        text: t('reminder.pdsa.text', {
          phase: t('reminder.pdsa.phase.do'),
          date: '27.11.2026',
          next: t('reminder.pdsa.phase.study'),
        }),
        facts: [
          { title: t('reminder.pdsa.cycle'), value: 'Tjekliste ved modtagelse' },
          { title: t('reminder.pdsa.phaseLabel'), value: t('reminder.pdsa.phase.do') },
          { title: t('reminder.pdsa.due'), value: '27.11.2026' },
        ],
        buttons: [
          button(
            t('reminder.pdsa.button', { phase: t('reminder.pdsa.phase.do') }),
            'pdsa.open',
            { cycleId: ID.cycle },
            'positive',
          ),
        ],
      }),
    ),
    sample(
      'reminder-action-plan',
      reminderCard({
        template: 'reminder-action-plan',
        title: t('reminder.actionPlan.title', { title: 'Handleplan efter casemødet' }),
        text: t('reminder.actionPlan.weeks', { weeks: 8 }),
        facts: [
          {
            title: t('reminder.actionPlan.plan'),
            value: da
              ? 'Operation inden for 24 timer for alle hoftepatienter'
              : 'Surgery within 24 hours for all hip patients',
          },
          { title: t('reminder.actionPlan.date'), value: '24.03.2026' },
          { title: t('reminder.actionPlan.success'), value: '90 %' },
        ],
        steps: ['Lars: ny vagtplan for anæstesi (uge 14)', 'Anna: tjekliste i skadestuen (uge 15)'],
        buttons: [button(t('reminder.button.status'), 'status.show', { teamId: ID.team })],
      }),
    ),
    sample(
      'sponsor-summary',
      sponsorSummaryCard({
        title: t('summary.title', { team: 'Team Hvidovre' }),
        intro: t('summary.intro', { week: '48' }),
        measures: [
          'OP24 – Operation inden for 24 timer',
          'VENT – Ventetid på operation',
          'MOB1 – Mobilisering inden for 24 timer',
          'FALD – Fald på afdelingen',
          'TILF – Patienttilfredshed',
        ].map((name, i) => ({
          name,
          latest: t('summary.latest', {
            value: ['81,8 %', '22 timer', '88 %', '2,1 pr. 1000 sengedage', '84 %'][i]!,
            period: da ? 'uge 47' : 'week 47',
          }),
          goal: t('summary.goal', { goal: ['90 %', '20 timer', '85 %', '2', '85 %'][i]! }),
          status: t(i === 2 ? 'summary.reached' : 'summary.notReached'),
          statusColor: i === 2 ? 'Good' : 'Warning',
          chart: {
            url: `https://bot.example/charts/eyJtIjoibS0${i}.png?e=1767225600&s=abc`,
            alt: t('summary.chartAlt', { measure: name }),
          },
        })),
        signalsTitle: t('summary.signalsTitle'),
        signals: [
          t('summary.signal.appeared', {
            measure: 'Operation inden for 24 timer',
            summary: da
              ? 'Et skift: 8 punkter i træk over medianen siden uge 40.'
              : 'A shift: 8 points in a row above the median since week 40.',
          }),
        ],
        pdsaTitle: t('summary.pdsaTitle'),
        pdsa: [
          t('summary.pdsaStarted', { titles: 'Tjekliste ved modtagelse' }),
          t('summary.pdsaFinished', { titles: 'Fastende før operation' }),
        ],
        missingTitle: t('summary.missingTitle'),
        missing: [t('summary.missingItem', { measure: 'Fald på afdelingen', periods: da ? 'uge 46' : 'week 46' })],
        requestsTitle: t('summary.requestsTitle'),
        requests: [
          t('summary.request', {
            request: da ? 'Godkendelse af ekstra vagt' : 'Approval of an extra shift',
            what: da ? 'Ny vagtplan' : 'New rota',
          }),
        ],
        actionPlanTitle: t('actionPlan.status.title'),
        actionPlan: [
          t('actionPlan.status.line', { open: 3, overdue: 1 }),
          t('actionPlan.status.overdueStep', {
            what: da ? 'Ny vagtplan' : 'New rota',
            owner: 'Lars Overlæge',
            date: '01.12.2026',
          }),
        ],
        footer: t('summary.footer', { weekday: t('summary.weekday.1'), time: '08:00' }),
        buttons: [
          button(t('summary.button.status'), 'status.show', { teamId: ID.team }),
          button(t('summary.button.pause'), 'summary.pause', { teamId: ID.team }),
        ],
        summary: t('summary.text', { team: 'Team Hvidovre', week: '48' }),
      }),
    ),
    sample(
      'broadcast-compose',
      broadcastComposeCard({
        title: t('broadcast.compose.title'),
        text: t('broadcast.compose.text'),
        labels: {
          message: t('broadcast.compose.message'),
          scope: t('broadcast.compose.scope'),
          required: t('seminar.form.required'),
        },
        values: { message: '', scope: 'c-hip' },
        scopes: SCOPES(da),
        buttons: [submitButton(t('broadcast.compose.preview'), 'broadcast.preview')],
      }),
    ),
    sample(
      'broadcast-preview',
      broadcastPreviewCard({
        title: t('broadcast.preview.title'),
        recipients: t('broadcast.preview.recipients', { teams: 12, conversations: 31 }),
        unreachable: t('broadcast.preview.unreachable', { names: 'Team Aalborg, Emma English (Team Hvidovre)' }),
        messageTitle: t('broadcast.message.title', { sender: 'Tove Tovholder' }),
        message: da
          ? 'Husk at indtaste data for uge 47 inden fredag.'
          : 'Remember to enter data for week 47 before Friday.',
        buttons: [
          button(t('broadcast.button.send'), 'broadcast.send', { token: 'k-1', nonce: 'n-2' }, 'positive'),
          button(t('broadcast.button.edit'), 'broadcast.edit', { token: 'k-1' }),
          button(t('broadcast.button.cancel'), 'broadcast.cancel', { token: 'k-1' }),
        ],
      }),
    ),
    sample(
      'broadcast-message',
      broadcastMessageCard({
        title: t('broadcast.message.title', { sender: 'Tove Tovholder' }),
        text: da
          ? 'Husk at indtaste data for uge 47 inden fredag.'
          : 'Remember to enter data for week 47 before Friday.',
        buttons: [button(t('reminder.button.status'), 'status.show', { teamId: ID.team })],
      }),
    ),
    sample(
      'broadcast-report',
      broadcastReportCard({
        title: t('broadcast.report.title'),
        excerpt: da
          ? 'Husk at indtaste data for uge 47 inden fredag.'
          : 'Remember to enter data for week 47 before Friday.',
        facts: [
          { title: t('broadcast.report.sent'), value: '28' },
          { title: t('broadcast.report.failed'), value: '1' },
          { title: t('broadcast.report.unreachable'), value: '2' },
        ],
        failedTitle: t('broadcast.report.failedTitle'),
        failed: [{ title: 'Lars Overlæge (Team Hvidovre)', value: 'HTTP 400 BadRequest' }],
        unreachableTitle: t('broadcast.report.unreachableTitle'),
        unreachable: ['Team Aalborg', 'Emma English (Team Hvidovre)'],
        buttons: [button(t('broadcast.button.new'), 'broadcast.compose')],
        summary: t('broadcast.report.text', { sent: 28, failed: 1, unreachable: 2 }),
      }),
    ),
  ];
}
