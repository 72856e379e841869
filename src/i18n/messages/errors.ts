import type { Catalogue } from './index';

/** Messages for DomainError codes (`error.<CODE>`). */
export const errorMessages: Catalogue = {
  da: {
    'error.VALIDATION_FAILED': 'Det kunne jeg ikke bruge: feltet {field} er ikke udfyldt rigtigt.',
    'error.VALIDATION_FAILED_FIELDS': 'Det kunne jeg ikke bruge: felterne {field} er ikke udfyldt rigtigt.',
    'error.VALIDATION_FAILED_FORM':
      'Det kunne jeg ikke bruge: kortet eller knappen er ikke gyldig – prøv at åbne den igen.',
    'error.CPR_NUMBER_REFUSED':
      'Teksten ser ud til at indeholde et CPR-nummer. Af hensyn til patienterne gemmer jeg den ikke – skriv venligst uden personnumre.',
    'error.NEGATIVE_VALUE': 'Værdien kan ikke være negativ.',
    'error.NUMERATOR_EXCEEDS_DENOMINATOR': 'Tælleren ({numerator}) kan ikke være større end nævneren ({denominator}).',
    'error.DENOMINATOR_REQUIRED': '{measure} skal angives som tæller/nævner, fx 18/22.',
    'error.DENOMINATOR_NOT_ALLOWED': '{measure} er ét tal, ikke en brøk.',
    'error.ZERO_DENOMINATOR': 'Nævneren kan ikke være 0.',
    'error.PERCENT_NOT_ALLOWED': '{measure} kan ikke angives i procent; skriv tæller/nævner, fx 18/22.',
    'error.PERCENT_NOT_FOR_UNIT': '{measure} angives ikke i procent – skriv selve tallet, fx 42.',
    'error.UNREADABLE_VALUE': 'Jeg kunne ikke læse værdien "{value}". Skriv fx 42, 3,5 eller 18/22.',
    'error.UNKNOWN_MEASURE': 'Jeg kender ikke målet "{measure}".',
    'error.AMBIGUOUS_MEASURE': '"{measure}" passer på flere mål.',
    'error.MEASURE_NOT_AVAILABLE': 'Det mål findes ikke (længere) for dit team. Skriv "status" for at se teamets mål.',
    'error.UNKNOWN_TEAM': 'Jeg kender ikke det team.',
    'error.UNKNOWN_PERSON': 'Jeg kender ikke den person.',
    'error.UNKNOWN_COLLABORATIVE': 'Jeg kender ikke det samarbejde.',
    'error.NOT_FOUND': 'Det fandt jeg ikke.',
    'error.PERIOD_NOT_STARTED': 'Perioden {period} er ikke begyndt endnu.',
    'error.PERIOD_OUTSIDE_COLLABORATIVE': 'Perioden {period} ligger uden for samarbejdets periode ({start} – {end}).',
    'error.INVALID_PERIOD': 'Jeg forstod ikke perioden "{period}". Skriv fx "uge 47", "23-11-2026" eller "i går".',
    'error.NO_MEASUREMENT_FOR_PERIOD': 'Der er ingen måling for {period} – skriv "måling …" for at tilføje en.',
    'error.INVALID_WEEK': 'Jeg forstod ikke ugen "{week}" – en uge er 1–52 (eller 53 i år med 53 uger).',
    'error.WEEK_NOT_IN_YEAR': 'Der er ingen uge {week} i {year} – det år har kun 52 uger.',
    'error.INVALID_YEAR': 'Jeg forstod ikke året "{year}". Skriv det med fire cifre, fx 2026.',
    'error.INVALID_MONTH': 'Jeg forstod ikke måneden "{month}" – en måned er 1–12, fx "11/2026" eller "november 2026".',
    'error.INVALID_DATE': 'Datoen {date} findes ikke. Skriv fx "23/11/2026" eller "23. november 2026".',
    'error.PERIOD_NEEDS_DAY':
      'Målet opgøres pr. dag, så "{period}" passer ikke – skriv en dato, fx "23/11/2026" eller "i går".',
    'error.PERIOD_NEEDS_WEEK':
      'Målet opgøres pr. uge, så "{period}" passer ikke – skriv en uge, fx "uge 47", eller en dato i ugen.',
    'error.PERIOD_NEEDS_MONTH':
      'Målet opgøres pr. måned, så "{period}" passer ikke – skriv en måned, fx "november 2026", eller en dato i måneden.',
    'error.CONFIRMATION_REQUIRED': 'Der er allerede en værdi for perioden. Bekræft, at den skal erstattes.',
    'error.PDSA_PHASE_ORDER': 'PDSA-cyklussen er allerede gået videre – genindlæs kortet.',
    'error.PERMISSION_DENIED': 'Det har du ikke adgang til i din rolle.',
    'error.NOT_IN_TEAM': 'Du er ikke med i et forbedringsteam endnu.',
    'error.UNKNOWN_WORKSPACE': 'Dette arbejdsområde er ikke tilknyttet Forbedringsbot. Kontakt jeres tovholder.',
    'error.INVITE_INVALID': 'Invitationskoden er ugyldig eller udløbet.',
    'error.DUPLICATE': 'Det findes allerede.',
    'error.RATE_LIMITED': 'Der er travlt lige nu – prøv igen om lidt.',
    'error.CONFLICT': 'Det er i konflikt med noget, der allerede findes.',
    'error.unexpected': 'Beklager, noget gik galt hos mig. Prøv igen om lidt.',
    'error.unexpectedWithRef':
      'Beklager, noget gik galt hos mig. Prøv igen om lidt. Hvis det bliver ved, så nævn fejlkoden {ref} for jeres tovholder.',
  },
  en: {
    'error.VALIDATION_FAILED': 'I could not use that: the field {field} is not filled in correctly.',
    'error.VALIDATION_FAILED_FIELDS': 'I could not use that: the fields {field} are not filled in correctly.',
    'error.VALIDATION_FAILED_FORM': 'I could not use that: the card or button is not valid – try opening it again.',
    'error.CPR_NUMBER_REFUSED':
      'The text seems to contain a CPR number. To protect patients I will not store it – please write without personal ID numbers.',
    'error.NEGATIVE_VALUE': 'The value cannot be negative.',
    'error.NUMERATOR_EXCEEDS_DENOMINATOR':
      'The numerator ({numerator}) cannot be larger than the denominator ({denominator}).',
    'error.DENOMINATOR_REQUIRED': '{measure} needs numerator/denominator, e.g. 18/22.',
    'error.DENOMINATOR_NOT_ALLOWED': '{measure} is a single number, not a fraction.',
    'error.ZERO_DENOMINATOR': 'The denominator cannot be 0.',
    'error.PERCENT_NOT_ALLOWED': '{measure} cannot be given as a percentage; write numerator/denominator, e.g. 18/22.',
    'error.PERCENT_NOT_FOR_UNIT': '{measure} is not given as a percentage – write the number itself, e.g. 42.',
    'error.UNREADABLE_VALUE': 'I could not read the value "{value}". Write e.g. 42, 3.5 or 18/22.',
    'error.UNKNOWN_MEASURE': 'I do not know the measure "{measure}".',
    'error.AMBIGUOUS_MEASURE': '"{measure}" matches more than one measure.',
    'error.MEASURE_NOT_AVAILABLE':
      'That measure does not exist (any more) for your team. Write "status" to see the team\'s measures.',
    'error.UNKNOWN_TEAM': 'I do not know that team.',
    'error.UNKNOWN_PERSON': 'I do not know that person.',
    'error.UNKNOWN_COLLABORATIVE': 'I do not know that collaborative.',
    'error.NOT_FOUND': 'I could not find that.',
    'error.PERIOD_NOT_STARTED': 'The period {period} has not started yet.',
    'error.PERIOD_OUTSIDE_COLLABORATIVE': 'The period {period} is outside the collaborative ({start} – {end}).',
    'error.NO_MEASUREMENT_FOR_PERIOD': 'There is no measurement for {period} – write "measurement …" to add one.',
    'error.INVALID_PERIOD':
      'I did not understand the period "{period}". Write e.g. "week 47", "23-11-2026" or "yesterday".',
    'error.INVALID_WEEK': 'I did not understand the week "{week}" – a week is 1–52 (or 53 in years with 53 weeks).',
    'error.WEEK_NOT_IN_YEAR': 'There is no week {week} in {year} – that year has only 52 weeks.',
    'error.INVALID_YEAR': 'I did not understand the year "{year}". Write it with four digits, e.g. 2026.',
    'error.INVALID_MONTH':
      'I did not understand the month "{month}" – a month is 1–12, e.g. "11/2026" or "November 2026".',
    'error.INVALID_DATE': 'The date {date} does not exist. Write e.g. "23/11/2026" or "23 November 2026".',
    'error.PERIOD_NEEDS_DAY':
      'The measure is counted per day, so "{period}" does not fit – write a date, e.g. "23/11/2026" or "yesterday".',
    'error.PERIOD_NEEDS_WEEK':
      'The measure is counted per week, so "{period}" does not fit – write a week, e.g. "week 47", or a date in the week.',
    'error.PERIOD_NEEDS_MONTH':
      'The measure is counted per month, so "{period}" does not fit – write a month, e.g. "November 2026", or a date in the month.',
    'error.CONFIRMATION_REQUIRED': 'There is already a value for this period. Confirm that it should be replaced.',
    'error.PDSA_PHASE_ORDER': 'The PDSA cycle has already moved on – reload the card.',
    'error.PERMISSION_DENIED': 'Your role does not allow that.',
    'error.NOT_IN_TEAM': 'You are not in an improvement team yet.',
    'error.UNKNOWN_WORKSPACE': 'This workspace is not connected to Forbedringsbot. Contact your coordinator.',
    'error.INVITE_INVALID': 'The invite code is invalid or has expired.',
    'error.DUPLICATE': 'That already exists.',
    'error.RATE_LIMITED': 'It is busy right now – please try again shortly.',
    'error.CONFLICT': 'That conflicts with something that already exists.',
    'error.unexpected': 'Sorry, something went wrong on my side. Please try again shortly.',
    'error.unexpectedWithRef':
      'Sorry, something went wrong on my side. Please try again shortly. If it keeps happening, mention error code {ref} to your coordinator.',
  },
};
