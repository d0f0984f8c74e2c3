// The story page: timeline, outlets by country, actor graph, quotes, claims, country comparison.
import {h, s, sourceHref, countryName, parties} from './dom.js';
import {api} from './api.js';
import {watchCorpus} from './live.js';

// Renders the story again where the reader is: the scroll position is kept.
async function reloadKeepingPlace(id) {
  const y = window.scrollY;
  const view = document.getElementById('view');
  view.replaceChildren(await storyView(id));
  window.scrollTo(0, y);
}

export async function storyView(id) {
  const enc = encodeURIComponent(id);
  const [detail, timeline, graph, quotes, claims, comparison] = await Promise.all([
    api(`/api/stories/${enc}`), api('/api/timeline', {story: id}), api(`/api/stories/${enc}/graph`),
    api(`/api/stories/${enc}/quotes`), api('/api/claims', {story: id}),
    api(`/api/stories/${enc}/compare`).catch(() => null)]);
  const st = detail.story;
  const notice = h('div', {class: 'live-notice', hidden: ''});
  watchCorpus(async () => {
    if (!notice.isConnected) return;
    const now = (await api(`/api/stories/${enc}`)).story;
    const added = now.size - st.size;
    if (added > 0) {
      notice.replaceChildren(`${added} new article${added > 1 ? 's' : ''} in this story since you opened it. `,
        h('button', {class: 'button primary', type: 'button', onclick: () => reloadKeepingPlace(id)}, 'Show'));
      notice.hidden = false;
    }
  });
  return h('div', {class: 'story-page'},
    notice,
    h('div', {class: 'story-head'},
      h('div', {class: 'kicker'}, 'Story ', st.id),
      h('h1', {}, st.title),
      h('div', {class: 'meta'}, `${st.size} articles from ${st.outlets.length} outlets in ${st.countries.length} countries · `,
        `${st.first || '?'}${st.last && st.last !== st.first ? ' to ' + st.last : ''} · ${st.independentSources} independent sources`),
      h('div', {class: 'brief-links'}, 'Brief: ',
        ['md', 'html', 'pdf'].map(f => h('a', {class: 'button', href: `/api/stories/${enc}/brief?format=${f}`, target: '_blank', rel: 'noopener'}, f.toUpperCase())))),
    card('Timeline', 'timeline', timelineView(timeline)),
    h('div', {class: 'two-col'},
      card('Outlets by country', 'outlets', outletsView(detail)),
      card('Articles', 'articles', articlesView(detail))),
    card('Actor graph', 'graph', graphView(graph)),
    h('div', {class: 'two-col'},
      card('Quotes', 'quotes', quotesView(quotes)),
      card('Claims', 'claims', claimsView(claims))),
    card('How each country covers it', 'compare', compareView(comparison)));
}

function card(title, id, content) {
  return h('section', {class: 'card', id: 'section-' + id}, h('h2', {}, title), content);
}

function sources(list, max = 6) {
  const chips = (list || []).slice(0, max).map((src, i) =>
    h('a', {class: 'chip source', href: sourceHref(src), title: 'Open the source sentence'}, src.outlet || `source ${i + 1}`));
  const more = list && list.length > max ? h('span', {class: 'muted'}, ` +${list.length - max}`) : null;
  return h('span', {class: 'sources'}, chips, more);
}

// Timeline: an SVG time axis with one mark per event, then the list.
function timelineView(items) {
  if (!items.length) return h('p', {class: 'muted'}, 'No dated events.');
  const MAX_MARKS = 80;
  // Only day-precise dates go on the axis: a bare year or month ("this year") would stretch it over
  // months and crowd the dated events into one corner; those items stay in the list below.
  const dated = items.filter(i => i.date && String(i.date).length >= 10 && !isNaN(toTime(i.date))).slice(0, MAX_MARKS);
  const coarse = items.filter(i => i.date && String(i.date).length < 10).length;
  const width = 960, left = 40, right = 40;
  const detail = h('div', {class: 'timeline-detail muted'}, 'Click an event on the axis to read its source sentence.'
    + (coarse ? ` ${coarse} event${coarse > 1 ? 's' : ''} dated only by year or month ${coarse > 1 ? 'are' : 'is'} listed below.` : ''));
  let svg = null;
  if (dated.length) {
    const times = dated.map(i => toTime(i.date));
    let min = Math.min(...times), max = Math.max(...times);
    if (max - min < 86400000 * 2) { min -= 86400000; max += 86400000; }
    const x = t => left + (t - min) / (max - min) * (width - left - right);
    // Each label takes the lowest lane where it overlaps no other label (a label is about 6.5 px a letter).
    const lanes = [];
    const placed = dated.slice().sort((a, b) => toTime(a.date) - toTime(b.date)).map(item => {
      const cx = x(toTime(item.date));
      const text = `${item.action}: ${item.actors.slice(0, 2).join(', ')}`;
      const flip = cx > width * 0.7;
      const w = 14 + text.length * 6.5;
      const from = flip ? cx - w : cx - 8, to = flip ? cx + 8 : cx + w;
      let lane = lanes.findIndex(spans => spans.every(([a, b]) => to < a || from > b));
      if (lane < 0) { lanes.push([]); lane = lanes.length - 1; }
      lanes[lane].push([from, to]);
      return {item, cx, text, flip, lane};
    });
    const axisY = 40 + lanes.length * 22, height = axisY + 30;
    svg = s('svg', {class: 'timeline-svg', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Timeline of events'});
    svg.append(s('line', {x1: left, x2: width - right, y1: axisY, y2: axisY, class: 'axis'}));
    for (const tick of ticks(min, max)) {
      svg.append(s('line', {x1: x(tick), x2: x(tick), y1: axisY, y2: axisY + 5, class: 'tick'}),
        s('text', {x: x(tick), y: axisY + 20, class: 'tick-label', 'text-anchor': 'middle'}, new Date(tick).toISOString().slice(0, 10)));
    }
    placed.forEach(({item, cx, text, flip, lane}) => {
      const cy = axisY - 14 - lane * 22;
      const g = s('g', {class: 'event-mark', tabindex: 0, onclick: () => showEvent(detail, item)},
        s('title', {}, `${item.date}: ${item.action} — ${item.actors.join(', ')}`),
        s('line', {x1: cx, x2: cx, y1: cy, y2: axisY, class: 'stem'}),
        s('circle', {cx, cy, r: 6}),
        s('text', {x: flip ? cx - 9 : cx + 9, y: cy + 4, class: 'event-label', 'text-anchor': flip ? 'end' : 'start'}, text));
      svg.append(g);
    });
  }
  const list = h('ol', {class: 'timeline-list'}, items.map(item => h('li', {},
    h('span', {class: 'date'}, item.date || 'undated'), ' ',
    h('strong', {}, item.action), ' · ', parties(item),
    h('div', {class: 'sentence'}, item.text), sources(item.sources))));
  return h('div', {}, svg, detail, list);
}

function showEvent(detail, item) {
  detail.classList.remove('muted');
  detail.replaceChildren(h('strong', {}, `${item.date} · ${item.action}`), ' ', parties(item),
    h('div', {class: 'sentence'}, item.text), sources(item.sources));
}

function toTime(date) {
  const d = String(date).slice(0, 10);
  const full = d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d;
  return Date.parse(full + 'T00:00:00Z');
}

function ticks(min, max) {
  const out = [];
  const span = max - min, day = 86400000;
  const step = span <= 14 * day ? day : span <= 120 * day ? 7 * day : 30 * day;
  const count = Math.floor(span / step);
  const every = Math.max(1, Math.ceil(count / 8));
  for (let t = min, i = 0; t <= max; t += step, i++) if (i % every === 0) out.push(t);
  return out;
}

function outletsView(detail) {
  const kinds = Object.fromEntries(detail.outlets.map(o => [o.name, o]));
  return h('div', {class: 'countries'}, Object.entries(detail.byCountry).map(([code, names]) =>
    h('div', {class: 'country-block'},
      h('div', {class: 'country-name'}, countryName(code), h('span', {class: 'code'}, code)),
      h('ul', {}, names.map(n => h('li', {}, h('a', {href: `#/search?outlet=${encodeURIComponent(n)}`}, n), ' ',
        h('span', {class: 'badge kind-' + (kinds[n]?.kind || 'unknown')}, (kinds[n]?.kind || 'unknown').replace('_', ' ')),
        h('span', {class: 'muted'}, ` ${kinds[n]?.articles ?? 0}`)))))));
}

function articlesView(detail) {
  const shown = detail.articles.length;
  const note = detail.story.size > shown
    ? h('p', {class: 'muted'}, `The newest ${shown} of ${detail.story.size} articles.`) : null;
  return h('div', {}, note, h('ul', {class: 'article-list'}, detail.articles.map(a => h('li', {},
    h('a', {href: `#/article/${encodeURIComponent(a.id)}`}, a.title || a.id),
    h('div', {class: 'meta'}, [a.outlet, a.country, (a.published || '').slice(0, 10)].filter(Boolean).join(' · '),
      a.credits.length ? h('span', {class: 'badge reprint'}, 'credited: ' + a.credits.join(', ')) : null)))));
}

const EDGE_CLASSES = ['criticises', 'denies', 'supports', 'warns', 'mentions'];

// Actor graph: nodes on a circle, typed directed edges; click an edge to read its cited sentence.
const MAX_NODES = 36;

function graphView(full) {
  if (!full.nodes.length) return h('p', {class: 'muted'}, 'No relations between actors were found.');
  // Large stories: keep the best-connected actors so the drawing stays readable.
  const kept = new Set([...full.nodes].sort((a, b) => b.degree - a.degree).slice(0, MAX_NODES).map(n => n.id));
  const graph = {nodes: full.nodes.filter(n => kept.has(n.id)),
    edges: full.edges.filter(e => kept.has(e.from) && kept.has(e.to))};
  const note = full.nodes.length > graph.nodes.length
    ? h('div', {class: 'meta'}, `Showing the ${graph.nodes.length} best-connected of ${full.nodes.length} actors.`) : null;
  const width = 960, height = 520, cx = width / 2, cy = height / 2, radius = Math.min(cx, cy) - 70;
  const pos = {};
  graph.nodes.forEach((n, i) => {
    const angle = -Math.PI / 2 + i * 2 * Math.PI / graph.nodes.length;
    pos[n.id] = {x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle};
  });
  const svg = s('svg', {class: 'graph-svg', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Actor graph'});
  const defs = s('defs');
  for (const cls of ['event', 'denial', ...EDGE_CLASSES]) {
    defs.append(s('marker', {id: 'arrow-' + cls, viewBox: '0 0 10 10', refX: 10, refY: 5, markerUnits: 'userSpaceOnUse', markerWidth: 11, markerHeight: 11, orient: 'auto-start-reverse'},
      s('path', {d: 'M0,0 L10,5 L0,10 z', class: 'arrow arrow-' + cls})));
  }
  svg.append(defs);
  const panel = h('div', {class: 'edge-panel muted', id: 'edge-panel'}, 'Click a line to see the sentence it comes from.');
  const pairCount = {};
  const edgeLayer = s('g'), nodeLayer = s('g');
  for (const e of graph.edges) {
    const a = pos[e.from], b = pos[e.to];
    if (!a || !b) continue;
    const pair = [e.from, e.to].sort().join('|');
    const k = pairCount[pair] = (pairCount[pair] ?? -1) + 1;
    const bend = (k % 2 ? -1 : 1) * (18 + 22 * Math.floor(k / 2)) * (e.from < e.to ? 1 : -1);
    const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
    const qx = mx - dy / len * bend, qy = my + dx / len * bend;
    const rB = nodeRadius(graph, e.to) + 3;
    const tx = b.x - (b.x - qx) / Math.hypot(b.x - qx, b.y - qy) * rB, ty = b.y - (b.y - qy) / Math.hypot(b.x - qx, b.y - qy) * rB;
    const d = `M${a.x},${a.y} Q${qx},${qy} ${tx},${ty}`;
    const cls = e.kind === 'event' ? 'event' : EDGE_CLASSES.includes(e.type) ? e.type : 'denial';
    const group = s('g', {class: `edge edge-${cls}`, 'data-edge': e.id, 'data-from': label(graph, e.from), 'data-to': label(graph, e.to), tabindex: 0, onclick: () => showEdge(panel, graph, e, group)},
      s('title', {}, `${label(graph, e.from)} ${e.type} ${label(graph, e.to)}`),
      s('path', {d, class: 'edge-hit'}),
      s('path', {d, class: 'edge-line', 'marker-end': `url(#arrow-${cls})`}),
      s('text', {x: (mx + qx) / 2, y: (my + qy) / 2, class: 'edge-label', 'text-anchor': 'middle'}, e.type));
    edgeLayer.append(group);
  }
  for (const n of graph.nodes) {
    const p = pos[n.id], r = nodeRadius(graph, n.id);
    const anchor = Math.cos(p.angle) > 0.3 ? 'start' : Math.cos(p.angle) < -0.3 ? 'end' : 'middle';
    const lx = p.x + Math.cos(p.angle) * (r + 6), ly = p.y + Math.sin(p.angle) * (r + 6) + (Math.sin(p.angle) > 0.3 ? 12 : Math.sin(p.angle) < -0.3 ? -4 : 4);
    nodeLayer.append(s('g', {class: 'node node-' + n.type.toLowerCase()},
      s('title', {}, `${n.label} (${n.type.toLowerCase()}, ${n.degree} relations)`),
      s('circle', {cx: p.x, cy: p.y, r}),
      s('text', {x: lx, y: ly, 'text-anchor': anchor, class: 'node-label'}, n.label)));
  }
  svg.append(edgeLayer, nodeLayer);
  const legend = h('div', {class: 'legend'}, [['event', 'event (action)'], ['criticises', 'criticises'], ['denies', 'denies'],
    ['supports', 'supports'], ['warns', 'warns'], ['mentions', 'mentions']].map(([c, t]) => h('span', {class: 'legend-item'}, h('i', {class: 'swatch sw-' + c}), t)));
  return h('div', {class: 'graph-wrap'}, h('div', {}, svg, legend, note), panel);
}

function nodeRadius(graph, id) {
  const n = graph.nodes.find(x => x.id === id);
  return 7 + Math.min(10, (n?.degree || 1) * 1.5);
}

function label(graph, id) {
  return graph.nodes.find(n => n.id === id)?.label || id;
}

function showEdge(panel, graph, e, group) {
  document.querySelectorAll('.edge.selected').forEach(el => el.classList.remove('selected'));
  group.classList.add('selected');
  panel.classList.remove('muted');
  panel.replaceChildren(
    h('div', {class: 'edge-title'}, h('strong', {}, label(graph, e.from)), ' ', h('span', {class: 'badge type-' + e.type}, e.type), ' ', h('strong', {}, label(graph, e.to))),
    h('div', {class: 'meta'}, `${e.kind}${e.date ? ' · ' + e.date.slice(0, 10) : ''} · ${e.sources.length} source${e.sources.length === 1 ? '' : 's'}`),
    h('blockquote', {class: 'cited'}, e.text),
    h('div', {}, 'Read it in: ', sources(e.sources, 10)));
}

function quotesView(quotes) {
  if (!quotes.length) return h('p', {class: 'muted'}, 'No quotes.');
  return h('ul', {class: 'quote-list'}, quotes.map(q => h('li', {class: 'quote'},
    h('a', {class: 'quote-text', href: sourceHref(q.sources[0])}, `“${q.text}”`),
    h('div', {class: 'speaker'}, '— ', h('strong', {}, q.speaker || 'unattributed'), q.speakerRole ? `, ${q.speakerRole}` : ''),
    sources(q.sources))));
}

function claimsView(claims) {
  if (!claims.length) return h('p', {class: 'muted'}, 'No claims.');
  const sorted = [...claims].sort((a, b) => (b.contested - a.contested) || (b.sources.length - a.sources.length));
  return h('ul', {class: 'claim-list'}, sorted.map(c => h('li', {class: 'claim' + (c.contested ? ' contested' : ''), 'data-claim': c.id},
    h('div', {class: 'claim-flags'},
      h('span', {class: 'badge status-' + c.status}, c.status),
      c.contested ? h('span', {class: 'badge contested-flag'}, 'contested') : null,
      c.corroboratedBy.length > 1 ? h('span', {class: 'badge corroborated'}, `corroborated by ${c.corroboratedBy.length}`) : null),
    h('a', {class: 'claim-text', href: sourceHref(c.sources[0]), title: 'Open the source sentence'}, c.text),
    h('div', {class: 'meta'},
      c.claimant ? ['claimed by ', h('strong', {}, c.claimant)] : 'claimant unknown',
      c.deniedBy.length ? ['; denied by ', h('strong', {class: 'denier'}, c.deniedBy.join(', '))] : null,
      c.corroboratedBy.length ? `; carried by ${c.corroboratedBy.join(', ')}` : null),
    sources(c.sources))));
}

function compareView(comparison) {
  if (!comparison || !comparison.perspectives.length) return h('p', {class: 'muted'}, 'No country comparison for this story.');
  const rows = [
    ['Outlets', p => p.outlets.join(', ')],
    ['Quoted speakers', p => p.quotedSpeakers.join(', ') || '—'],
    ['Claims carried', p => capped(p.claims.map(c => c.text), 4)],
    ['Leaves out', p => capped(p.omits.map(c => c.text), 3)],
    ['Framing', p => p.framing.length ? p.framing.map(t => h('span', {class: 'chip term'}, t)) : '—'],
    ['Tone', p => Object.keys(p.tone).length ? Object.entries(p.tone).map(([actor, v]) =>
      h('div', {class: 'tone'}, h('span', {class: 'tone-actor'}, actor), toneBar(v))) : '—'],
  ];
  return h('div', {class: 'table-wrap'}, h('table', {class: 'compare'},
    h('thead', {}, h('tr', {}, h('th', {}, ''), comparison.perspectives.map(p => h('th', {}, countryName(p.country), h('span', {class: 'code'}, p.country))))),
    h('tbody', {}, rows.map(([name, f]) => h('tr', {}, h('th', {scope: 'row'}, name), comparison.perspectives.map(p => h('td', {}, f(p))))))));
}

// A list of sentences: the first few shown, the rest behind "N more" so a wide table stays readable.
function capped(texts, shown) {
  if (!texts.length) return '—';
  const items = texts.map(t => h('li', {}, t));
  if (texts.length <= shown + 1) return h('ul', {}, items);
  return h('div', {}, h('ul', {}, items.slice(0, shown)),
    h('details', {class: 'more'}, h('summary', {}, `${texts.length - shown} more`), h('ul', {}, items.slice(shown))));
}

function toneBar(v) {
  const pct = Math.round(Math.abs(v) * 50);
  return h('span', {class: 'tone-bar', title: v.toFixed(2)},
    h('span', {class: 'tone-fill ' + (v < 0 ? 'neg' : 'pos'), style: v < 0 ? `right:50%;width:${pct}%` : `left:50%;width:${pct}%`}),
    h('span', {class: 'tone-value'}, (v > 0 ? '+' : '') + v.toFixed(2)));
}
