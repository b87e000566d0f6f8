// Self-service before asking: the widget searches the same help-article index the assistant and
// the public help center use. Results are titles and snippets set as text, linking to the
// articles in the help center.
import { h } from './dom.js';

interface Hit {
  title: string;
  slug: string;
  snippet: string;
}

export function createHelpSearch(key: string, base: string) {
  const input = h('input', {
    id: 'parley-search',
    type: 'search',
    autocomplete: 'off',
    placeholder: 'e.g. shipping, returns',
  });
  const results = h('ul', { class: 'hits' });
  const count = h('p', { class: 'sr', role: 'status' });
  const form = h(
    'form',
    { class: 'find', role: 'search', hidden: '' },
    h('label', { for: 'parley-search' }, 'Search our help articles'),
    input,
    results,
    count,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  async function search(q: string) {
    const mine = ++asked;
    if (q.length < 2) return void results.replaceChildren();
    // In the visitor's language, falling back to its base language and the site's main one.
    const url = `${base}/api/v1/kb/search?workspace=${encodeURIComponent(key)}&limit=5&locale=${encodeURIComponent(navigator.language)}&q=${encodeURIComponent(q)}`;
    try {
      const res = await fetch(url);
      if (!res.ok || mine !== asked) return;
      const { hits } = (await res.json()) as { hits: Hit[] };
      results.replaceChildren(
        ...hits.map((hit) => {
          const href = `${base}/help/${encodeURIComponent(key)}/articles/${encodeURIComponent(hit.slug)}`;
          return h(
            'li',
            {},
            h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, hit.title),
            h('span', {}, hit.snippet),
          );
        }),
      );
      count.textContent = hits.length
        ? `${hits.length} article${hits.length === 1 ? '' : 's'} found`
        : 'No article found. Ask us below.';
    } catch {
      // offline: the topics below still work
    }
  }

  input.oninput = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value.trim()), 250);
  };
  form.onsubmit = (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void search(input.value.trim());
  };
  return {
    el: form,
    /** Shown only where there are published articles to find. */
    show() {
      form.hidden = false;
    },
  };
}
