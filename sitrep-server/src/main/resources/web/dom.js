// Small DOM helpers: elements are built with text nodes, never from untrusted HTML.

/** Creates an element: h('a', {href: '#'}, 'text', child, ...). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'href' || key === 'src' || key === 'action') {
      const url = safeUrl(value);
      if (url !== null) el.setAttribute(key, url);
    } else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/**
 * A link target the page may follow: a fragment, a path on this server or an http(s) URL. Anything
 * else (javascript:, data:, vbscript:, a protocol-relative //host) is refused with null, whatever
 * the store holds.
 */
export function safeUrl(value) {
  const url = String(value).trim();
  if (url.startsWith('#') || (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\'))) return url;
  return /^https?:\/\/[^\s]/i.test(url) ? url : null;
}

/** Creates an SVG element. */
export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A snippet whose matches are marked with <mark> or <b>: everything else stays text. */
export function snippet(text) {
  const out = h('span', {class: 'snippet'});
  const parts = String(text).split(/(<mark>|<\/mark>|<b>|<\/b>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>' || part === '<b>') { marked = true; continue; }
    if (part === '</mark>' || part === '</b>') { marked = false; continue; }
    if (part) out.append(marked ? h('mark', {}, part) : document.createTextNode(part));
  }
  return out;
}

/** Link to the article view that highlights [start, end). */
export function sourceHref(src) {
  return `#/article/${encodeURIComponent(src.article)}?start=${src.start}&end=${src.end}`;
}

export const COUNTRY_NAMES = {
  KP: 'North Korea', KR: 'South Korea', RU: 'Russia', CN: 'China', US: 'United States', JP: 'Japan',
  IN: 'India', GB: 'United Kingdom', UA: 'Ukraine', FR: 'France', DE: 'Germany', '??': 'Country unknown',
};

export function countryName(code) {
  if (!code) return 'Country unknown';
  try {
    const name = COUNTRY_NAMES[code] || new Intl.DisplayNames(['en'], {type: 'region'}).of(code);
    return name || code;
  } catch (e) {
    return code;
  }
}

/** "North Korea → Russia": who acted in an event or timeline item, and whom it was done to or with. */
export function parties(item) {
  const targets = item.targets || [];
  return item.actors.join(', ') + (targets.length ? ` → ${targets.join(', ')}` : '');
}
