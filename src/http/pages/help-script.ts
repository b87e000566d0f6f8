import { createHash } from 'node:crypto';

// Progressive enhancement, in a file rather than inline so pages need no inline script: links
// marked data-parley-open open the help widget once it has loaded. Without JavaScript they
// simply lead to the contact note on the same page.
export const HELP_SCRIPT = `document.addEventListener('click', function (event) {
  var target = event.target;
  var link = target instanceof Element ? target.closest('[data-parley-open]') : null;
  if (!link || typeof window.Parley !== 'function') return;
  event.preventDefault();
  window.Parley('open');
});
`;

/** Content-hashed, so it can be cached for a year and still change with a release. */
export const HELP_SCRIPT_PATH = `/help/assets/help-center.${createHash('sha256')
  .update(HELP_SCRIPT)
  .digest('hex')
  .slice(0, 12)}.js`;
