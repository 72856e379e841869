import type { Catalogue } from './index';

/** Messages of sponsor requests on PDSA cycles ("brug for hjælp fra sponsor"). */
export const pdsaSponsorMessages: Catalogue = {
  da: {
    'pdsa.sponsor.cmd': 'brug for hjælp fra sponsor: <tekst>',
    'pdsa.sponsor.cmd.text':
      'Bed sponsoren om hjælp på teamets aktive PDSA-cyklus; "hjælp fra sponsor løst" fjerner det igen',
    'pdsa.sponsor.heading': 'Brug for hjælp fra sponsor',
    'pdsa.sponsor.since': 'Siden {date}',
    'pdsa.sponsor.button.ask': 'Brug for hjælp fra sponsor',
    'pdsa.sponsor.button.edit': 'Ret anmodning til sponsor',
    'pdsa.sponsor.button.solved': 'Hjælp fra sponsor løst',
    'pdsa.sponsor.button.save': 'Send til sponsor',
    'pdsa.sponsor.form.title': 'Hjælp fra sponsor: {title}',
    'pdsa.sponsor.form.text':
      'Hvad har teamet brug for fra sponsoren i denne cyklus? Det vises i sponsorens ugentlige opsummering. Skriv aldrig patientoplysninger. Lad feltet stå tomt for at fjerne anmodningen.',
    'pdsa.sponsor.form.label': 'Hvad skal sponsoren hjælpe med?',
    'pdsa.sponsor.form.placeholder': 'fx Hjælp til at få tid i lægernes morgenmøde',
    'pdsa.sponsor.tooLong': 'Anmodningen må højst være {max} tegn – den er {length}.',
    'pdsa.sponsor.saved': 'Sponsoren ser nu anmodningen i sin opsummering.',
    'pdsa.sponsor.cleared': 'Anmodningen til sponsoren er fjernet.',
    'pdsa.sponsor.usage': 'Skriv hvad I har brug for, fx "brug for hjælp fra sponsor: tid i lægernes morgenmøde".',
    'pdsa.sponsor.noActive': 'Teamet har ingen aktiv PDSA-cyklus at knytte anmodningen til. Start en med "pdsa ny".',
    'pdsa.sponsor.noneOpen': 'Ingen af teamets PDSA-cyklusser har en åben anmodning til sponsoren.',
    'pdsa.sponsor.pickTitle': 'Hvilken PDSA-cyklus?',
    'pdsa.sponsor.pickText': 'Teamet har flere aktive cyklusser. Hvilken gælder "{request}"?',
    'pdsa.sponsor.pickSolvedText': 'Hvilken cyklus har fået den hjælp, den bad om?',
    'pdsa.sponsor.statusLine': 'beder sponsor om hjælp: {request}',
    'summary.pdsaRequest': '{request} (PDSA: {cycle})',
    'permission.sponsorRequestLeadOnly':
      'Det er teamets leder eller tovholderen, der beder sponsoren om hjælp. Sig det til jeres teamleder, så kan de skrive det her.',
  },
  en: {
    'pdsa.sponsor.cmd': 'need help from sponsor: <text>',
    'pdsa.sponsor.cmd.text':
      'Ask the sponsor for help on the team\'s active PDSA cycle; "sponsor help solved" removes it again',
    'pdsa.sponsor.heading': 'Help needed from the sponsor',
    'pdsa.sponsor.since': 'Since {date}',
    'pdsa.sponsor.button.ask': 'Help needed from the sponsor',
    'pdsa.sponsor.button.edit': 'Edit the request to the sponsor',
    'pdsa.sponsor.button.solved': 'Sponsor help solved',
    'pdsa.sponsor.button.save': 'Send to the sponsor',
    'pdsa.sponsor.form.title': 'Help from the sponsor: {title}',
    'pdsa.sponsor.form.text':
      "What does the team need from the sponsor in this cycle? It is shown in the sponsor's weekly summary. Never write patient details. Leave the field empty to remove the request.",
    'pdsa.sponsor.form.label': 'What should the sponsor help with?',
    'pdsa.sponsor.form.placeholder': "e.g. Help getting time at the doctors' morning meeting",
    'pdsa.sponsor.tooLong': 'The request can be at most {max} characters – it is {length}.',
    'pdsa.sponsor.saved': 'The sponsor now sees the request in their summary.',
    'pdsa.sponsor.cleared': 'The request to the sponsor is removed.',
    'pdsa.sponsor.usage': 'Write what you need, e.g. "need help from sponsor: time at the doctors\' morning meeting".',
    'pdsa.sponsor.noActive': 'The team has no active PDSA cycle for the request. Start one with "pdsa new".',
    'pdsa.sponsor.noneOpen': "None of the team's PDSA cycles has an open request to the sponsor.",
    'pdsa.sponsor.pickTitle': 'Which PDSA cycle?',
    'pdsa.sponsor.pickText': 'The team has several active cycles. Which one is "{request}" about?',
    'pdsa.sponsor.pickSolvedText': 'Which cycle got the help it asked for?',
    'pdsa.sponsor.statusLine': 'asks the sponsor for help: {request}',
    'summary.pdsaRequest': '{request} (PDSA: {cycle})',
    'permission.sponsorRequestLeadOnly':
      "The team's lead or the coordinator asks the sponsor for help. Tell your team lead, and they can write it here.",
  },
};
