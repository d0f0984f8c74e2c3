// The story list.
import {h, countryName} from './dom.js';
import {api} from './api.js';
import {watchCorpus} from './live.js';

// The list as it was when the page was opened: later versions mark what changed since.
export async function storiesView() {
  const stories = await api('/api/stories');
  const opened = new Map(stories.map(s => [s.id, s.size]));
  const list = h('ul', {class: 'story-list'});
  fill(list, stories, opened);
  watchCorpus(async () => {
    if (!list.isConnected) return;
    const now = await api('/api/stories');
    if (now.length) list.parentElement?.querySelector('[data-empty]')?.remove();
    fill(list, now, opened); // in place: the reader keeps their scroll position
  });
  return h('section', {},
    h('h1', {}, 'Stories'),
    stories.length ? '' : h('p', {class: 'muted', 'data-empty': ''}, 'The corpus holds no stories yet. Ingest some articles first.'),
    list);
}

function fill(list, stories, opened) {
  list.replaceChildren();
  for (const s of stories) {
    const before = opened.get(s.id);
    const added = before === undefined ? s.size : s.size - before;
    const mark = before === undefined ? h('span', {class: 'chip updated', title: 'new since you opened this page'}, 'new')
      : added > 0 ? h('span', {class: 'chip updated', title: 'articles added since you opened this page'}, `+${added}`) : '';
    list.append(h('li', {class: 'card story-item' + (mark ? ' is-updated' : '')},
      h('a', {class: 'story-link', href: `#/story/${encodeURIComponent(s.id)}`}, s.title), mark,
      h('div', {class: 'meta'},
        `${s.size} articles · ${s.outlets.length} outlets · ${s.independentSources} independent sources · `,
        s.first || '?', s.last && s.last !== s.first ? ` to ${s.last}` : ''),
      h('div', {class: 'chips'}, s.countries.map(c => h('span', {class: 'chip country', title: countryName(c)}, c)))));
  }
}
