import type { Catalogue } from './index';

/** The rollout: the bot's introduction, pausing reminders, coverage. */
export const rolloutMessages: Catalogue = {
  da: {
    'rollout.intro':
      'Hej {name}! Jeg er Forbedringsbot. {setUpBy} har sat mig op for **{team}**{collaborative}.\n\n' +
      'Jeg sender dig påmindelser, når der skal indtastes data, om næste PDSA-skridt og om læringsseminarer{summaries}.\n\n' +
      'Skriv **pause** for at sætte påmindelserne på pause (eller fx **stop påmindelser data**) og **start påmindelser** for at få dem igen.',
    'rollout.intro.setUpByFallback': 'Din tovholder',
    'rollout.intro.noTeam': 'jeres forbedringsteam',
    'rollout.intro.inCollaborative': ' i {name}',
    'rollout.intro.summaries': ' — og en ugentlig opsummering om teamets målinger',
    'rollout.and': ' og ',
    'rollout.paused.all': 'Alle dine påmindelser er sat på pause. Skriv **start påmindelser** for at få dem igen.',
    'rollout.paused.kind': 'Påmindelser om {kind} er sat på pause. Skriv **start påmindelser {word}** for at få dem igen.',
    'rollout.resumed.all': 'Dine påmindelser er slået til igen.',
    'rollout.resumed.kind': 'Påmindelser om {kind} er slået til igen.',
    'rollout.pause.unknownKind':
      'Jeg kender ikke "{word}". Skriv **stop påmindelser** alene eller efterfulgt af data, pdsa, seminarer eller opsummeringer.',
    'rollout.cmd.pause': 'pause · start påmindelser',
    'rollout.cmd.pause.text': 'Sæt dine påmindelser på pause (alle, eller fx **stop påmindelser data**) og slå dem til igen',
    'rollout.kind.data': 'data',
    'rollout.kind.pdsa': 'PDSA',
    'rollout.kind.seminars': 'seminarer',
    'rollout.kind.summaries': 'ugeopsummeringer',
  },
  en: {
    'rollout.intro':
      'Hi {name}! I am Forbedringsbot. {setUpBy} set me up for **{team}**{collaborative}.\n\n' +
      'I will remind you when data is due, about the next PDSA step and about learning seminars{summaries}.\n\n' +
      'Type **pause** to pause the reminders (or e.g. **stop reminders data**) and **start reminders** to get them again.',
    'rollout.intro.setUpByFallback': 'Your coordinator',
    'rollout.intro.noTeam': 'your improvement team',
    'rollout.intro.inCollaborative': ' in {name}',
    'rollout.intro.summaries': ' — and a weekly summary of the team’s measures',
    'rollout.and': ' and ',
    'rollout.paused.all': 'All your reminders are paused. Type **start reminders** to get them again.',
    'rollout.paused.kind': 'Reminders about {kind} are paused. Type **start reminders {word}** to get them again.',
    'rollout.resumed.all': 'Your reminders are on again.',
    'rollout.resumed.kind': 'Reminders about {kind} are on again.',
    'rollout.pause.unknownKind': 'I do not know "{word}". Type **stop reminders** alone or followed by data, pdsa, seminars or summaries.',
    'rollout.cmd.pause': 'pause · start reminders',
    'rollout.cmd.pause.text': 'Pause your reminders (all, or e.g. **stop reminders data**) and turn them on again',
    'rollout.kind.data': 'data',
    'rollout.kind.pdsa': 'PDSA',
    'rollout.kind.seminars': 'seminars',
    'rollout.kind.summaries': 'weekly summaries',
  },
};
