import type { Catalogue } from './index';

/** The team status card. */
export const statusMessages: Catalogue = {
  da: {
    'status.cmd': 'status',
    'status.cmd.text': 'Teamets mål: seneste værdi, måltal, signaler, manglende data og aktive PDSA-cyklusser.',
    'status.title': 'Status – {team}',
    'status.subtitle': '{date} · {count} mål',
    'status.latest': 'Seneste',
    'status.noData': 'Ingen data endnu',
    'status.goal': 'Måltal',
    'status.goalMet': '{goal} – nået',
    'status.goalNotMet': '{goal} – ikke nået',
    'status.median': 'Median',
    'status.signal': 'Seriediagram',
    'status.missing': 'Mangler data',
    'status.missingMore': '{periods} ({count} perioder i alt)',
    'status.pdsaTitle': 'Aktive PDSA-cyklusser',
    'status.pdsaEmpty': 'Ingen aktive PDSA-cyklusser. Skriv "pdsa ny" for at starte en.',
  },
  en: {
    'status.cmd': 'status',
    'status.cmd.text': "The team's measures: latest value, goal, signals, missing data and active PDSA cycles.",
    'status.title': 'Status – {team}',
    'status.subtitle': '{date} · {count} measures',
    'status.latest': 'Latest',
    'status.noData': 'No data yet',
    'status.goal': 'Goal',
    'status.goalMet': '{goal} – reached',
    'status.goalNotMet': '{goal} – not reached',
    'status.median': 'Median',
    'status.signal': 'Run chart',
    'status.missing': 'Missing data',
    'status.missingMore': '{periods} ({count} periods in all)',
    'status.pdsaTitle': 'Active PDSA cycles',
    'status.pdsaEmpty': 'No active PDSA cycles. Write "pdsa new" to start one.',
  },
};
