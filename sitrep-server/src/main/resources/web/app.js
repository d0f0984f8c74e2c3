// Hash router of the Sitrep UI: #/ stories, #/story/ID, #/search?..., #/article/ID?start=&end=.
import {h} from './dom.js';
import {storiesView} from './stories.js';
import {storyView} from './story.js';
import {searchView} from './search.js';
import {articleView} from './article.js';

const view = document.getElementById('view');

async function route() {
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  document.querySelectorAll('[data-nav]').forEach(a =>
    a.classList.toggle('active', (parts[0] || 'stories') === a.dataset.nav || (parts[0] === 'story' && a.dataset.nav === 'stories')));
  let content;
  try {
    if (parts.length === 0) content = await storiesView();
    else if (parts[0] === 'story' && parts[1]) content = await storyView(parts[1]);
    else if (parts[0] === 'search') content = await searchView(params);
    else if (parts[0] === 'article' && parts[1]) content = await articleView(parts[1], params);
    else content = h('div', {class: 'error'}, h('h1', {}, 'Not found'), h('p', {}, 'No page at ', hash, '.'));
  } catch (e) {
    content = h('div', {class: 'error'}, h('h1', {}, 'Something went wrong'), h('p', {}, e.message));
  }
  view.replaceChildren(content);
  const target = view.querySelector('[data-scroll-target]');
  if (target) target.scrollIntoView({block: 'center'});
  else window.scrollTo(0, 0);
}

document.getElementById('quick-search').addEventListener('submit', event => {
  event.preventDefault();
  const q = new FormData(event.target).get('q');
  window.location.hash = '#/search?q=' + encodeURIComponent(q || '');
});

window.addEventListener('hashchange', route);
route();
