import type { Route } from './http-server';

// The Teams app manifest links to /privacy and /terms under PUBLIC_URL (manifests/teams). These are the
// defaults a hospital can replace with its own pages by editing the manifest's developer URLs.

const PRIVACY = `<!doctype html><html lang="da"><meta charset="utf-8"><title>Forbedringsbot – privatliv</title>
<body style="font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;line-height:1.5">
<h1>Privatliv</h1>
<p>Forbedringsbot gemmer navn, e-mail (hvis oplyst), sprog, tidszone og chat-identitet (Teams- eller Slack-id) for
brugere, deres roller i forbedringsteams, og teamets aggregerede målinger (tal og brøker pr. periode), PDSA-cyklusser,
handleplaner og seminartilmeldinger. Der gemmes ingen patientoplysninger: tekst med CPR-numre afvises og gemmes aldrig.</p>
<p>Data ligger i den database, som den organisation, der driver botten, har valgt. Ændringer logges med hvem og
hvornår. Ønsker du indsigt eller sletning, så kontakt jeres tovholder eller systemansvarlige; en sletning anonymiserer
dig overalt, mens teamets målinger bevares uden dit navn.</p>
<h2 lang="en">Privacy (English)</h2>
<p lang="en">Forbedringsbot stores users' name, email (if given), language, time zone and chat identity, their roles
in improvement teams, and teams' aggregated measurements, PDSA cycles, action plans and seminar replies. It stores no
patient data: text with a CPR number is refused and never stored. For access or deletion, contact your coordinator or
system owner; deletion anonymises you everywhere while the team's measurements stay, without your name.</p>`;

const TERMS = `<!doctype html><html lang="da"><meta charset="utf-8"><title>Forbedringsbot – vilkår</title>
<body style="font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;line-height:1.5">
<h1>Vilkår</h1>
<p>Forbedringsbot er et værktøj til kvalitetsforbedring med aggregerede data. Skriv aldrig patientoplysninger i
chatten. Den organisation, der driver botten, er dataansvarlig og fastsætter sine egne vilkår for brug.</p>
<h2 lang="en">Terms (English)</h2>
<p lang="en">Forbedringsbot is a quality-improvement tool for aggregated data. Never write patient information in the
chat. The organisation running the bot is the data controller and sets its own terms of use.</p>`;

/** GET /privacy and GET /terms: short Danish/English pages the Teams manifest links to. */
export function legalRoutes(): Route[] {
  const page =
    (html: string): Route['handler'] =>
    (_req, res) => {
      res
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'public, max-age=3600',
          // Static text with inline style attributes only: no scripts, no framing.
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
        })
        .end(html);
    };
  return [
    { method: 'GET', path: '/privacy', handler: page(PRIVACY) },
    { method: 'GET', path: '/terms', handler: page(TERMS) },
  ];
}
