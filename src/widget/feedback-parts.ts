// Pieces the survey card and the review form share: a one-tap scale, the named person's thanks,
// and the optional words after the tap. All text is set as text, never as HTML.
import type { ThanksView } from '../shared/schemas/surveys.js';
import { scalePoints, type Scale } from '../shared/survey-questions.js';
import { h } from './dom.js';

/** One button per point; a tap is the answer. `star` draws stars (reviews). */
export function scaleButtons(
  label: string,
  scale: Scale,
  pick: (point: number) => void,
  star = false,
): HTMLElement {
  const group = h('div', { class: 'fs', role: 'group', 'aria-label': label });
  const row = h('div', { class: star ? 'fp stars' : 'fp' });
  for (const p of scalePoints(scale)) {
    const name =
      p === scale.min ? `${p}: ${scale.low}` : p === scale.max ? `${p}: ${scale.high}` : String(p);
    const b = h(
      'button',
      { type: 'button', class: 'fb', 'aria-label': star ? `${p} star${p > 1 ? 's' : ''}` : name },
      star ? '★' : String(p),
    );
    b.onclick = () => {
      for (const other of row.querySelectorAll('button')) other.disabled = true;
      pick(p);
    };
    row.append(b);
  }
  group.append(row);
  if (!star)
    group.append(h('div', { class: 'fe' }, h('span', {}, scale.low), h('span', {}, scale.high)));
  return group;
}

/** "Thank you…" in the words of the person who sent it, signed with their name. */
export function thanksNote(thanks: ThanksView | null, company?: string): HTMLElement {
  if (!thanks) return h('p', { class: 'ft', role: 'status' }, 'Thank you for your answer.');
  return h(
    'div',
    { class: 'ft', role: 'status' },
    h('p', {}, thanks.text),
    h('p', { class: 'fby' }, `— ${thanks.name}${company ? `, ${company}` : ''}`),
  );
}

/** The optional words after the tap; `send` resolves when the server has them. */
export function commentForm(
  id: string,
  label: string,
  initial: string | null,
  send: (comment: string) => Promise<unknown>,
): HTMLElement {
  const box = h('textarea', { id, rows: '2', maxlength: '5000' });
  box.value = initial ?? '';
  const note = h('p', { class: 'fn', role: 'status' });
  const button = h('button', { type: 'submit', class: 'chip strong' }, initial ? 'Update' : 'Send');
  const form = h(
    'form',
    { class: 'fc' },
    h('label', { for: id }, `${label} `, h('span', {}, '(optional)')),
    box,
    h('div', { class: 'fa' }, button, note),
  );
  form.onsubmit = (e) => {
    e.preventDefault();
    const comment = box.value.trim();
    if (!comment) return void (note.textContent = 'Write a few words first, or leave it.');
    button.disabled = true;
    note.textContent = 'Sending…';
    send(comment)
      .then(() => {
        note.textContent = 'Thank you, we have your words.';
        button.textContent = 'Update';
      })
      .catch(() => (note.textContent = 'That did not go through. Try again in a moment.'))
      .finally(() => (button.disabled = false));
  };
  return form;
}

export const FEEDBACK_CSS = `
.them:has(.svc){max-width:100%;align-self:stretch}
.svc{margin-top:8px;white-space:normal}
.fs{display:flex;flex-direction:column;gap:4px}
.fp{display:flex;flex-wrap:wrap;gap:5px}
.fb{flex:1 0 30px;min-width:30px;min-height:40px;border:1px solid #2457c5;border-radius:10px;background:#fff;color:#1d4aad;font:inherit;font-weight:600;cursor:pointer;padding:0 4px}
.fb:hover:not(:disabled){background:#eef3fd}
.fb:disabled{cursor:default;opacity:.65}
.stars .fb{flex:0 0 46px;font-size:24px;color:#a06a00;border-color:#c9a14a}
.stars .fb:hover:not(:disabled),.stars .fb:focus-visible{background:#fff4d6}
.fe{display:flex;justify-content:space-between;gap:8px;font-size:12.5px;color:#4a5261}
.fy{margin:0;font-size:14px}
.ft{margin:8px 0 0;padding:8px 10px;border-radius:10px;background:#ecf7ef;color:#14361f;font-size:14px}
.ft p{margin:0}
.ft .fby{margin-top:4px;font-weight:600}
.fc{display:flex;flex-direction:column;gap:4px;margin-top:8px;padding:0;border:0;background:none}
.fc label{font-size:13.5px;font-weight:600;color:#3a4150}
.fc label span{font-weight:400}
.fc textarea{flex:none;min-height:56px;resize:vertical}
.fa{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.fn{margin:0;font-size:13px;color:#4a5261}
.rv{flex:1;flex-direction:column;gap:8px;padding:16px;background:#f6f7f9;overflow:auto}
.rv:not([hidden]){display:flex}
.rv>p{margin:0;color:#4a5261;font-size:14px}
.rv h3{margin:0;font-size:16px}
.rv>label{font-size:13.5px;font-weight:600;color:#3a4150;margin-top:6px}
.rv>label span{font-weight:400}
.rv>textarea{flex:none;min-height:84px;resize:vertical}
`;
