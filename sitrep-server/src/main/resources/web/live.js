// Live updates: polls the corpus version while the page is visible and tells the open view when the
// corpus changed (new articles committed by an ingest or a watch on the same store).
import {api} from './api.js';

const INTERVAL_MS = 4000;
let timer = null;

// Calls onChange() each time the version differs from the one current when the view was opened.
// A new call replaces the previous view's watcher.
export async function watchCorpus(onChange) {
  stopWatching();
  let seen;
  try {
    seen = (await api('/api/status')).version;
  } catch (e) {
    return; // an older server: no live updates
  }
  const tick = async () => {
    if (document.visibilityState !== 'visible') return;
    try {
      const now = (await api('/api/status')).version;
      if (now !== seen) {
        seen = now;
        await onChange();
      }
    } catch (e) {
      // the server may be restarting; try again at the next tick
    }
  };
  timer = window.setInterval(tick, INTERVAL_MS);
}

export function stopWatching() {
  if (timer !== null) window.clearInterval(timer);
  timer = null;
}
