import type { Catalogue } from './index';

/** Messages the Teams channel says itself: install greetings, tenant refusal, card-action receipts. */
export const teamsMessages: Catalogue = {
  da: {
    'teams.tenantRefused':
      'Din organisation er ikke tilknyttet denne Forbedringsbot, så jeg kan ikke hjælpe dig her. Kontakt jeres IT-afdeling eller tovholder, hvis I skal bruge botten.',
    'teams.helloTeam':
      'Hej! Jeg er Forbedringsbot. Jeg hjælper jeres forbedringsteam med målinger, PDSA-cyklusser og seriediagrammer.\n\n' +
      'For at knytte denne {where} til jeres team skal en tovholder eller teamleder skrive **@Forbedringsbot forbind TEAMKODE**. ' +
      'Derefter sender jeg påmindelser og opdateringer her.\n\n' +
      'Jeg læser kun beskeder, hvor jeg bliver nævnt. Skriv **@Forbedringsbot hjælp** for at se, hvad jeg kan.',
    'teams.whereChannel': 'kanal',
    'teams.whereChat': 'chat',
    'teams.helloPersonal':
      'Hej {name}! Jeg er Forbedringsbot. Jeg hjælper forbedringsteams med målinger, PDSA-cyklusser og seriediagrammer.\n\n' +
      'Har du fået en invitationskode af din tovholder eller teamleder, så skriv **join KODE** for at komme med i dit team. ' +
      'Skriv **hjælp** for at se, hvad jeg kan.',
    'teams.actionReceived': 'Modtaget.',
  },
  en: {
    'teams.tenantRefused':
      'Your organisation is not connected to this Forbedringsbot, so I cannot help you here. Contact your IT department or coordinator if you need the bot.',
    'teams.helloTeam':
      'Hello! I am Forbedringsbot. I help your improvement team with measurements, PDSA cycles and run charts.\n\n' +
      'To link this {where} to your team, a coordinator (tovholder) or team lead writes **@Forbedringsbot forbind TEAMCODE**. ' +
      'After that I post reminders and updates here.\n\n' +
      'I only read messages that mention me. Write **@Forbedringsbot help** to see what I can do.',
    'teams.whereChannel': 'channel',
    'teams.whereChat': 'chat',
    'teams.helloPersonal':
      'Hello {name}! I am Forbedringsbot. I help improvement teams with measurements, PDSA cycles and run charts.\n\n' +
      'If your coordinator or team lead gave you an invite code, write **join CODE** to join your team. ' +
      'Write **help** to see what I can do.',
    'teams.actionReceived': 'Received.',
  },
};
