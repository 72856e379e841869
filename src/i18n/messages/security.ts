import type { Catalogue } from './index';

/** Invite-code throttling and revocation. */
export const securityMessages: Catalogue = {
  da: {
    'invite.throttled':
      'Der er prøvet for mange forkerte invitationskoder. Vent {minutes} minutter, og tjek koden med den, der inviterede dig.',
    'invite.revoked': 'Invitationskoden til {team} er trukket tilbage og kan ikke længere bruges.',
    'invite.cmd.revoke': 'invitér tilbagekald KODE',
    'invite.cmd.revoke.text': 'Træk en invitationskode tilbage, så den ikke kan bruges.',
    'invite.revokeUsage': 'Skriv koden efter kommandoen, fx "invitér tilbagekald ABCD-EFGH-JKMN".',
  },
  en: {
    'invite.throttled':
      'Too many wrong invite codes have been tried. Wait {minutes} minutes, and check the code with whoever invited you.',
    'invite.revoked': 'The invite code for {team} has been revoked and can no longer be used.',
    'invite.cmd.revoke': 'invite revoke CODE',
    'invite.cmd.revoke.text': 'Revoke an invite code so it can no longer be used.',
    'invite.revokeUsage': 'Write the code after the command, e.g. "invite revoke ABCD-EFGH-JKMN".',
  },
};
