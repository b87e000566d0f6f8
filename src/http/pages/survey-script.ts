import { createHash } from 'node:crypto';

// Progressive enhancement, in a file so the page needs no inline script: when the customer came
// from a score link in an email, their score is sent at once (one tap). Without JavaScript, or
// for a mail scanner that only fetches the link, nothing is recorded until a button is pressed.
export const SURVEY_SCRIPT = `(function () {
  var form = document.querySelector('form[data-auto-submit]');
  var chosen = form && form.querySelector('button[data-chosen]');
  if (chosen && typeof form.requestSubmit === 'function') form.requestSubmit(chosen);
})();
`;

/** Content-hashed, so it can be cached for a year and still change with a release. */
export const SURVEY_SCRIPT_PATH = `/survey/assets/survey.${createHash('sha256')
  .update(SURVEY_SCRIPT)
  .digest('hex')
  .slice(0, 12)}.js`;
