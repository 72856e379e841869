// The playground page: pick a demo user, talk to the bot through POST /api/local/messages, render its
// Adaptive Cards with the `adaptivecards` HTML renderer and send card actions back. Plain JS, no build step.
(() => {
  'use strict';

  const ROLE_LABELS = {
    member: 'Klinker (teammedlem)',
    lead: 'Teamleder',
    tovholder: 'Tovholder',
    sponsor: 'Sponsor',
    expert: 'Ekspert',
    admin: 'Administrator',
  };
  const NO_ROLE_LABEL = 'Ny bruger – intet team endnu';
  const STORAGE_KEY = 'forbedringsbot.playground.user';
  /** How often the page asks for proactive messages (reminders, broadcasts) for the current user. */
  const INBOX_POLL_MS = 5000;

  const { miniMarkdown } = window.ForbedringsbotPlayground;
  const $ = (id) => document.getElementById(id);
  const els = {
    users: $('user-list'),
    usersHint: $('users-hint'),
    measures: $('measure-list'),
    collab: $('collab-name'),
    chatAs: $('chat-as'),
    transcript: $('transcript'),
    typing: $('typing'),
    error: $('error'),
    form: $('composer'),
    input: $('message'),
    send: $('send'),
  };

  /** Transcripts per user, so switching users keeps each conversation. */
  const transcripts = new Map();
  let users = [];
  let current = null;
  let pending = 0;

  // ---- Adaptive Cards host ------------------------------------------------------------------
  const hostConfig = new AdaptiveCards.HostConfig(window.ForbedringsbotPlayground.hostConfig);

  AdaptiveCards.GlobalSettings.setTabIndexAtCardRoot = false;
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = miniMarkdown(text);
    result.didProcess = true;
  };

  // ---- Rendering the transcript ---------------------------------------------------------------
  function timeLabel(d) {
    return d.toLocaleTimeString('da-DK', { hour: '2-digit', minute: '2-digit' });
  }

  function addEntry(entry) {
    const list = transcripts.get(current.id) || [];
    list.push(entry);
    transcripts.set(current.id, list);
    els.transcript.appendChild(renderEntry(entry));
    scrollToEnd();
  }

  function scrollToEnd() {
    els.transcript.scrollTop = els.transcript.scrollHeight;
  }

  function renderEntry(entry) {
    const li = document.createElement('li');
    li.className = `msg ${entry.from}`;
    li.dataset.testid = entry.from === 'bot' ? 'bot-message' : 'user-message';
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent =
      (entry.from === 'bot' ? 'Forbedringsbot' : current.name) +
      (entry.proactive ? ' · besked til dig' : '') +
      ' · ' +
      timeLabel(entry.at);
    if (entry.proactive) li.classList.add('proactive');
    const bubble = document.createElement('div');
    bubble.className = 'bubble';
    if (entry.text !== undefined) {
      const text = document.createElement('div');
      text.className = 'text';
      if (entry.from === 'bot') text.innerHTML = miniMarkdown(entry.text);
      else text.textContent = entry.text;
      if (entry.kind === 'action') bubble.classList.add('action-echo');
      bubble.appendChild(text);
    }
    if (entry.card) bubble.appendChild(renderCard(entry.card));
    li.append(meta, bubble);
    return li;
  }

  function renderCard(json) {
    const holder = document.createElement('div');
    holder.className = 'card';
    try {
      const card = new AdaptiveCards.AdaptiveCard();
      card.hostConfig = hostConfig;
      card.onExecuteAction = onCardAction;
      card.parse(json);
      const rendered = card.render();
      if (rendered) holder.appendChild(rendered);
      holder.querySelectorAll('img').forEach((img) => {
        img.addEventListener('load', () => {
          img.classList.add('loaded');
          // Keep the newest message in view when a chart arrives after its card was laid out.
          if (holder.closest('li') === els.transcript.lastElementChild) scrollToEnd();
        });
        img.addEventListener('error', () => img.classList.add('failed'));
      });
    } catch (err) {
      holder.textContent = `Kortet kunne ikke vises: ${err}`;
    }
    return holder;
  }

  function showTranscript() {
    els.transcript.replaceChildren(...(transcripts.get(current.id) || []).map(renderEntry));
    scrollToEnd();
  }

  // ---- Talking to the bot ---------------------------------------------------------------------
  async function post(body, echo) {
    if (!current) return;
    hideError();
    addEntry(Object.assign({ from: 'user', at: new Date() }, echo));
    setBusy(+1);
    const user = current;
    try {
      const res = await fetch('/api/local/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Object.assign({ user: user.id, id: newId() }, body)),
      });
      const json = await res.json().catch(() => ({}));
      if (!res.ok && !Array.isArray(json.replies)) {
        showError(`Serveren svarede ${res.status}${json.message ? `: ${json.message}` : ''}.`);
        return;
      }
      if (current !== user) return; // the user switched while waiting; their transcript is elsewhere
      for (const r of json.replies || []) addEntry({ from: 'bot', at: new Date(), text: r.text, card: r.card });
    } catch (err) {
      showError(`Kunne ikke nå Forbedringsbot: ${err.message}`);
    } finally {
      setBusy(-1);
    }
  }

  function say(text) {
    const t = text.trim();
    if (t) post({ text: t }, { text: t, kind: 'text' });
  }

  function onCardAction(action) {
    const type = action.getJsonTypeName();
    if (type === 'Action.OpenUrl') {
      window.open(action.url, '_blank', 'noopener');
      return;
    }
    if (type !== 'Action.Submit' && type !== 'Action.Execute') return;
    const data = action.data;
    const title = action.title || 'Handling';
    if (typeof data === 'string' || data === undefined || data === null) {
      if (typeof data === 'string') say(data);
      return;
    }
    const payload = Object.assign({}, data);
    delete payload.msteams;
    if (type === 'Action.Execute' && action.verb) payload.verb = action.verb;
    if (typeof payload.verb !== 'string') {
      showError(`Knappen »${title}« mangler et verbum og kan ikke sendes.`);
      return;
    }
    post({ action: payload }, { text: `▸ ${title}`, kind: 'action' });
  }

  function newId() {
    return window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
  }

  function setBusy(delta) {
    pending += delta;
    els.typing.hidden = pending === 0;
    els.transcript.setAttribute('aria-busy', pending > 0 ? 'true' : 'false');
  }

  function showError(message) {
    els.error.textContent = message;
    els.error.hidden = false;
  }
  function hideError() {
    els.error.hidden = true;
  }

  const inboxCursors = new Map();
  async function pollInbox() {
    if (!current || document.hidden) return;
    const user = current;
    try {
      // The inbox is read by cursor: each message is shown once, however many tabs, timers or servers ask.
      const key = `forbedringsbot.inbox.${user.id}`;
      const after = Number(localStorage.getItem(key) || inboxCursors.get(user.id) || 0);
      const res = await fetch(`/api/local/inbox?user=${encodeURIComponent(user.id)}&after=${after}`);
      if (!res.ok) return;
      const json = await res.json();
      if (current !== user) return;
      const seen = Number(localStorage.getItem(key) || inboxCursors.get(user.id) || 0);
      for (const m of json.messages || []) {
        if (m.seq <= seen) continue; // another poll already showed it
        addEntry({ from: 'bot', at: new Date(), text: m.card ? undefined : m.text, card: m.card, proactive: true });
      }
      if (json.cursor > seen) {
        inboxCursors.set(user.id, json.cursor);
        try {
          localStorage.setItem(key, String(json.cursor));
        } catch (_) {
          /* private mode: the cursor lives in memory only */
        }
      }
    } catch (_) {
      /* the server is restarting; the next poll tries again */
    }
  }

  // ---- Demo users -----------------------------------------------------------------------------
  function roleLabel(role) {
    return role ? ROLE_LABELS[role] || role : NO_ROLE_LABEL;
  }

  function renderUsers() {
    els.users.replaceChildren();
    for (const u of users) {
      const label = document.createElement('label');
      label.className = 'user';
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'user';
      radio.value = u.id;
      radio.addEventListener('change', () => pickUser(u.id));
      const body = document.createElement('span');
      body.className = 'user-body';
      const avatar = document.createElement('span');
      avatar.className = 'avatar';
      avatar.setAttribute('aria-hidden', 'true');
      avatar.textContent = initials(u.name);
      const name = document.createElement('span');
      name.className = 'user-name';
      name.textContent = u.name;
      const role = document.createElement('span');
      role.className = 'user-role';
      role.textContent = roleLabel(u.role);
      const teams = document.createElement('span');
      teams.className = 'user-teams';
      teams.textContent = u.teams.length > 1 ? `${u.teams.length} teams` : u.teams.map((t) => t.name).join(', ');
      body.append(name, role, teams);
      label.append(radio, avatar, body);
      els.users.appendChild(label);
    }
  }

  function initials(name) {
    return name
      .split(/\s+/)
      .filter(Boolean)
      .map((p) => p[0])
      .slice(0, 2)
      .join('')
      .toUpperCase();
  }

  function pickUser(id) {
    const u = users.find((x) => x.id === id);
    if (!u) return;
    current = u;
    try {
      localStorage.setItem(STORAGE_KEY, id);
    } catch (_) {
      /* private mode: the choice is just not remembered */
    }
    for (const radio of els.users.querySelectorAll('input[type=radio]')) radio.checked = radio.value === id;
    els.chatAs.textContent = `Du skriver som ${u.name} – ${roleLabel(u.role).toLowerCase()}.`;
    els.input.disabled = false;
    els.send.disabled = false;
    showTranscript();
    if (!(transcripts.get(id) || []).length) say('hjælp');
    pollInbox();
    els.input.focus();
  }

  async function loadDemo() {
    try {
      const res = await fetch('/api/local/demo');
      const demo = await res.json();
      users = demo.users || [];
      els.collab.textContent = demo.collaborative ? demo.collaborative.name : '';
      els.measures.replaceChildren(
        ...(demo.measures || []).map((m) => {
          const li = document.createElement('li');
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'measure';
          button.dataset.say = `graf ${m.code}`;
          const code = document.createElement('code');
          code.textContent = m.code;
          button.append(code, ` ${m.name}`);
          li.appendChild(button);
          return li;
        }),
      );
      els.usersHint.textContent = users.length
        ? 'Vælg en rolle og skriv til botten som den person.'
        : 'Der er ingen demobrugere. Start serveren med DEMO_SEED=true.';
      renderUsers();
      const wanted = new URLSearchParams(location.search).get('user') || safeStored();
      if (wanted && users.some((u) => u.id === wanted)) pickUser(wanted);
    } catch (err) {
      els.usersHint.textContent = `Kunne ikke hente demobrugere: ${err.message}`;
    }
  }

  function safeStored() {
    try {
      return localStorage.getItem(STORAGE_KEY);
    } catch (_) {
      return null;
    }
  }

  els.form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = els.input.value;
    els.input.value = '';
    say(text);
    els.input.focus();
  });
  const onSay = (e) => {
    const chip = e.target.closest('[data-say]');
    if (!chip) return;
    if (!current) {
      showError('Vælg først en demobruger.');
      return;
    }
    say(chip.dataset.say);
  };
  document.getElementById('suggestions').addEventListener('click', onSay);
  els.measures.addEventListener('click', onSay);

  loadDemo();
  setInterval(pollInbox, INBOX_POLL_MS);
})();
