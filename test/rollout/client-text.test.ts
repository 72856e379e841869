import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/channels/teams/activity-to-turn';
import { decodeSlackText } from '../../src/channels/slack/slack-turn';

describe('what real clients send', () => {
  it('Teams: strips HTML, decodes entities and &nbsp;, and keeps typed angle brackets as text', () => {
    expect(cleanText('<p>måling OP24 18/22&nbsp;uge 47</p>')).toBe('måling OP24 18/22 uge 47');
    expect(cleanText('<div><div>pdsa ny</div><div>Tidlig&nbsp;mobilisering &amp; smerte</div></div>')).toBe(
      'pdsa ny Tidlig mobilisering & smerte',
    );
    expect(cleanText('note: 3 &lt; 5 &gt; 2 &quot;ok&quot; &#230;&#248;&#229;')).toBe('note: 3 < 5 > 2 "ok" æøå');
    expect(cleanText('&lt;b&gt;fed&lt;/b&gt;')).toBe('<b>fed</b>');
  });

  it('Teams: removes the bot mention even when its entity has no text; other mentions become names', () => {
    expect(cleanText('<p><at>Forbedringsbot</at> status</p>', 'Forbedringsbot')).toBe('status');
    expect(cleanText('<at>Forbedringsbot</at> spørg <at>Sofie Lund</at>', 'Forbedringsbot')).toBe('spørg Sofie Lund');
  });

  it('Slack: decodes &amp; &lt; &gt; so a DM note is stored like the same note typed in a modal', () => {
    expect(decodeSlackText('Smerte &lt; 3 &amp; mobiliseret &gt; 24 t')).toBe('Smerte < 3 & mobiliseret > 24 t');
    expect(decodeSlackText('&amp;lt; stays one level')).toBe('&lt; stays one level');
  });
});
