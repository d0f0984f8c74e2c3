// The article view: the clean text with the cited span highlighted, and the article's facts, each one
// click away from its own span.
import {h, parties, safeUrl} from './dom.js';
import {api} from './api.js';

export async function articleView(id, params) {
  const a = await api('/api/articles/' + encodeURIComponent(id));
  const start = params.has('start') ? Number(params.get('start')) : null;
  const end = params.has('end') ? Number(params.get('end')) : null;
  const valid = start !== null && end !== null && start >= 0 && end >= start && end <= a.text.length;
  const body = h('div', {class: 'article-text', id: 'article-text'});
  if (valid) {
    body.append(a.text.slice(0, start),
      h('mark', {class: 'source-highlight', id: 'highlight', 'data-scroll-target': true}, a.text.slice(start, end)),
      a.text.slice(end));
  } else {
    body.append(a.text);
  }
  const link = (label, s, e, extra) => h('a', {class: 'fact-link', href: `#/article/${encodeURIComponent(a.id)}?start=${s}&end=${e}`,
    title: 'Highlight in the text'}, label, extra ? h('span', {class: 'muted'}, ' ', extra) : null);
  const facts = h('aside', {class: 'facts'},
    section('Quotes', a.quotes, q => link(`“${q.text}”`, q.start, q.end, q.speaker ? `— ${q.speaker}` : '')),
    section('Claims', a.claims, c => link(c.text, c.start, c.end, `[${c.status}${c.claimant ? ', ' + c.claimant : ''}]`)),
    section('Events', a.events, e => link(`${e.action}: ${parties(e)}`, e.start, e.end, e.date || '')),
    section('Figures', a.quantities, q => link(q.text, q.start, q.end)),
    section('Times', a.times, t => link(t.text, t.start, t.end, t.value)),
    section('Entities', a.entities, e => e.mentions.length
      ? link(e.name, e.mentions[0].start, e.mentions[0].end, `${e.type.toLowerCase()} · ${e.mentions.length}×`) : e.name));
  const meta = [a.outlet, a.published ? a.published.replace('T', ' ').slice(0, 16) : null, a.authors.length ? 'by ' + a.authors.join(', ') : null].filter(Boolean).join(' · ');
  return h('div', {class: 'article-page'},
    // the article's language, so the browser picks its glyph forms and line breaking (zh, ja and ko differ)
    h('article', {class: 'card article', lang: a.language || null},
      h('div', {class: 'kicker'}, meta),
      h('h1', {}, a.title || '(untitled)'),
      a.credits.length ? h('div', {class: 'meta'}, 'Credited to ', a.credits.join(', ')) : null,
      valid ? h('p', {class: 'highlight-note'}, 'The highlighted passage is the source of the fact you opened.') : null,
      body,
      h('div', {class: 'meta small'}, 'Source: ', a.url && safeUrl(a.url) ? h('a', {href: a.url, rel: 'noopener noreferrer'}, a.url) : (a.url || a.source), ' · id ', a.id)),
    facts);
}

function section(title, items, render) {
  if (!items || !items.length) return null;
  return h('div', {class: 'fact-group'}, h('h3', {}, title, h('span', {class: 'count'}, items.length)),
    h('ul', {}, items.map(item => h('li', {}, render(item)))));
}
