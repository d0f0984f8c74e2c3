// Search with facets (outlet, country, entity), a date range and paging; the state lives in the URL.
import {h, snippet, countryName} from './dom.js';
import {api, ApiError} from './api.js';

const FACETS = [['country', 'Country'], ['outlet', 'Outlet'], ['entity', 'Entity']];
const LIMIT = 20;

export async function searchView(params) {
  const state = {
    q: params.get('q') || '', from: params.get('from') || '', to: params.get('to') || '',
    offset: Number(params.get('offset') || 0),
    outlet: params.getAll('outlet'), country: params.getAll('country'), entity: params.getAll('entity'),
  };
  const form = h('form', {class: 'search-form', onsubmit: event => {
    event.preventDefault();
    const data = new FormData(event.target);
    go({...state, q: data.get('q'), from: data.get('from'), to: data.get('to'), offset: 0});
  }},
    h('input', {type: 'search', name: 'q', value: state.q, placeholder: 'Words or "a phrase"', 'aria-label': 'Query'}),
    h('label', {}, 'From ', h('input', {type: 'date', name: 'from', value: state.from})),
    h('label', {}, 'To ', h('input', {type: 'date', name: 'to', value: state.to})),
    h('button', {type: 'submit', class: 'button primary'}, 'Search'));
  let result;
  try {
    result = await api('/api/search', {q: state.q, from: state.from, to: state.to, offset: state.offset, limit: LIMIT,
      outlet: state.outlet, country: state.country, entity: state.entity});
  } catch (e) {
    if (e instanceof ApiError) return h('div', {class: 'search-page'}, h('h1', {}, 'Search'), form, h('p', {class: 'error'}, e.message));
    throw e;
  }
  const facets = h('aside', {class: 'facets'}, FACETS.map(([key, title]) => {
    const values = Object.entries(result.facets[key] || {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 15);
    if (!values.length && !state[key].length) return null;
    return h('div', {class: 'facet'}, h('h3', {}, title), h('ul', {}, values.map(([value, count]) => {
      const on = state[key].includes(value);
      return h('li', {}, h('label', {},
        h('input', {type: 'checkbox', checked: on, onchange: () => go({...state, offset: 0,
          [key]: on ? state[key].filter(v => v !== value) : [...state[key], value]})}),
        ' ', key === 'country' ? `${countryName(value)} (${value})` : value, h('span', {class: 'count'}, count)));
    })));
  }));
  const hits = h('ol', {class: 'hits', start: state.offset + 1}, result.hits.map(hit => h('li', {class: 'hit'},
    h('a', {class: 'hit-title', href: `#/article/${encodeURIComponent(hit.article)}`}, hit.title || hit.article),
    h('div', {class: 'meta'}, [hit.outlet, (hit.published || '').slice(0, 10)].filter(Boolean).join(' · ')),
    h('div', {}, snippet(hit.snippet)))));
  const last = Math.min(state.offset + LIMIT, result.total);
  const pager = h('div', {class: 'pager'},
    state.offset > 0 ? h('button', {class: 'button', onclick: () => go({...state, offset: Math.max(0, state.offset - LIMIT)})}, '← Previous') : null,
    h('span', {class: 'muted'}, result.total ? `${state.offset + 1}–${last} of ${result.total}` : 'No articles match.'),
    last < result.total ? h('button', {class: 'button', onclick: () => go({...state, offset: state.offset + LIMIT})}, 'Next →') : null);
  return h('div', {class: 'search-page'}, h('h1', {}, 'Search'), form,
    h('div', {class: 'search-body'}, facets, h('div', {class: 'results'}, hits, pager)));
}

function go(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.offset) p.set('offset', state.offset);
  for (const key of ['outlet', 'country', 'entity']) state[key].forEach(v => p.append(key, v));
  window.location.hash = '#/search?' + p.toString();
}
