// Card rendering helpers of the playground: an Adaptive Cards host config close to Microsoft Teams' light
// theme, and the small Markdown subset Adaptive Cards allow in TextBlocks. Plain JS, loaded before playground.js.
(() => {
  'use strict';

  /** Host config: Teams-like fonts, spacing, colours and button layout. */
  const hostConfig = {
    fontFamily: "'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif",
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: '#E0E0E0' },
    fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 22 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    imageSizes: { small: 32, medium: 52, large: 160 },
    containerStyles: {
      default: {
        backgroundColor: '#FFFFFF',
        foregroundColors: {
          default: { default: '#242424', subtle: '#616161' },
          dark: { default: '#252424', subtle: '#484644' },
          light: { default: '#FFFFFF', subtle: '#F3F2F1' },
          accent: { default: '#4F52B2', subtle: '#6264A7' },
          good: { default: '#0E7A0B', subtle: '#237B4B' },
          warning: { default: '#8A5300', subtle: '#835C00' },
          attention: { default: '#C4314B', subtle: '#A4262C' },
        },
      },
      emphasis: {
        backgroundColor: '#F5F5F5',
        foregroundColors: {
          default: { default: '#242424', subtle: '#616161' },
          accent: { default: '#4F52B2', subtle: '#6264A7' },
          good: { default: '#0E7A0B', subtle: '#237B4B' },
          warning: { default: '#8A5300', subtle: '#835C00' },
          attention: { default: '#C4314B', subtle: '#A4262C' },
        },
      },
      accent: { backgroundColor: '#E8EBFA' },
      good: { backgroundColor: '#E7F2DA' },
      warning: { backgroundColor: '#FBF6D9' },
      attention: { backgroundColor: '#FCF4F6' },
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 12 },
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
      iconPlacement: 'leftOfTitle',
    },
    adaptiveCard: { allowCustomStyle: true },
    factSet: {
      title: { color: 'default', size: 'default', isSubtle: true, weight: 'default', wrap: true, maxWidth: 160 },
      value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
      spacing: 8,
    },
    inputs: {
      label: {
        inputSpacing: 'small',
        requiredInputs: { weight: 'bolder', suffix: ' *', suffixColor: 'attention' },
        optionalInputs: { weight: 'bolder' },
      },
      errorMessage: { color: 'attention', size: 'small' },
    },
  };

  /** The small Markdown subset Adaptive Cards allow (bold, italic, links, lists, line breaks), HTML-escaped first. */
  function miniMarkdown(text) {
    const esc = String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const inline = (s) =>
      s
        .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[\s(])_(.+?)_(?=[\s).,!?:;]|$)/g, '$1<em>$2</em>')
        .replace(/(^|[\s(])\*(\S.*?)\*(?=[\s).,!?:;]|$)/g, '$1<em>$2</em>')
        .replace(
          /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g,
          '<a href="$2" target="_blank" rel="noopener noreferrer">$1</a>',
        );
    const out = [];
    let list = null;
    for (const line of esc.split(/\r?\n/)) {
      const item = /^\s*(?:[-*•]|\d+\.)\s+(.*)$/.exec(line);
      if (item) {
        if (!list) list = [];
        list.push(`<li>${inline(item[1])}</li>`);
        continue;
      }
      if (list) {
        out.push(`<ul>${list.join('')}</ul>`);
        list = null;
      }
      out.push(line === '' ? '' : `<p>${inline(line)}</p>`);
    }
    if (list) out.push(`<ul>${list.join('')}</ul>`);
    return out.join('');
  }

  window.ForbedringsbotPlayground = { hostConfig, miniMarkdown };
})();
