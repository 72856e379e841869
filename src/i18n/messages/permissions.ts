import type { Catalogue } from './index';

/** Why an action was refused (`permission.<reason>`, see conversation/permissions.ts). */
export const permissionMessages: Catalogue = {
  da: {
    'permission.notInTeam':
      'Du er ikke med i et forbedringsteam endnu. Bed teamets leder eller jeres tovholder om en invitationskode, og skriv "join KODE".',
    'permission.otherTeam': 'Det kan du kun for de teams, du selv er med i.',
    'permission.sponsorReadOnly':
      'Som sponsor kan du følge teamets data og PDSA-cyklusser, men ikke indtaste eller ændre dem.',
    'permission.expertReadOnly': 'Som ekspert kan du se samarbejdets data, men ikke indtaste eller ændre dem.',
    'permission.coordinatorNoData':
      'Data og PDSA-cyklusser indtastes af teamets egne medlemmer. Som tovholder eller administrator kan du se dem og invitere.',
    'permission.otherRegion': 'Du er tovholder for en anden region end dette team.',
    'permission.otherCollaborative': 'Teamet hører til et andet samarbejde end dit.',
    'permission.leadOrCoordinatorOnly': 'Det kan kun teamets leder, en tovholder eller en administrator.',
    'permission.coordinatorOnly': 'Det kan kun samarbejdets tovholdere og administratorer.',
    'permission.coordinatorOrExpertOnly': 'Det kan kun samarbejdets tovholdere, eksperter og administratorer.',
  },
  en: {
    'permission.notInTeam':
      'You are not in an improvement team yet. Ask your team lead or coordinator for an invite code, and write "join CODE".',
    'permission.otherTeam': 'You can only do that for the teams you are a member of.',
    'permission.sponsorReadOnly':
      "As a sponsor you can follow the team's data and PDSA cycles, but not enter or change them.",
    'permission.expertReadOnly': "As an expert you can see the collaborative's data, but not enter or change it.",
    'permission.coordinatorNoData':
      "Data and PDSA cycles are entered by the team's own members. As a coordinator or administrator you can view them and invite people.",
    'permission.otherRegion': "You coordinate a different region than this team's.",
    'permission.otherCollaborative': 'The team belongs to a different collaborative than yours.',
    'permission.leadOrCoordinatorOnly': "Only the team's lead, a coordinator or an administrator can do that.",
    'permission.coordinatorOnly': "Only the collaborative's coordinators and administrators can do that.",
    'permission.coordinatorOrExpertOnly':
      "Only the collaborative's coordinators, experts and administrators can do that.",
  },
};
