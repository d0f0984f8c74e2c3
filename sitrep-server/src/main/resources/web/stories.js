// The story list.
import {h, countryName} from './dom.js';
import {api} from './api.js';

export async function storiesView() {
  const stories = await api('/api/stories');
  const list = h('ul', {class: 'story-list'});
  for (const s of stories) {
    list.append(h('li', {class: 'card story-item'},
      h('a', {class: 'story-link', href: `#/story/${encodeURIComponent(s.id)}`}, s.title),
      h('div', {class: 'meta'},
        `${s.articles.length} articles · ${s.outlets.length} outlets · ${s.independentSources} independent sources · `,
        s.first || '?', s.last && s.last !== s.first ? ` to ${s.last}` : ''),
      h('div', {class: 'chips'}, s.countries.map(c => h('span', {class: 'chip country', title: countryName(c)}, c)))));
  }
  return h('section', {},
    h('h1', {}, 'Stories'),
    stories.length ? list : h('p', {class: 'muted'}, 'The corpus holds no stories yet. Ingest some articles first.'));
}
