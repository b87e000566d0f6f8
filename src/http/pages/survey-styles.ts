import { raw } from 'hono/html';

// The survey page's stylesheet, inlined: one small request on a phone from an email. Mobile
// first, targets at least 44 px, text at 4.5:1 or better.
const CSS = `
:root{--ink:#1b2119;--muted:#4f5a4c;--paper:#f5f6f3;--card:#fff;--brand:#2f4a2a;--line:#d5dbd1;
--ring:#8a5a0b;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:var(--paper);line-height:1.5}
*{box-sizing:border-box}
body{margin:0;font-size:1.0625rem;overflow-wrap:anywhere}
:focus-visible{outline:3px solid var(--ring);outline-offset:2px}
.wrap{max-width:40rem;margin:0 auto;padding:1.25rem 1rem 3rem}
.brand{font-weight:700;color:var(--brand);margin:0 0 1rem}
h1{font-size:1.4rem;line-height:1.3;margin:0 0 .75rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:1.1rem}
blockquote{margin:0 0 1rem;padding:.6rem .9rem;border-left:4px solid var(--brand);background:#eef2ec;font-weight:600}
fieldset{border:0;margin:0 0 1rem;padding:0}
legend{font-weight:600;margin-bottom:.5rem;padding:0}
.points{display:flex;flex-wrap:wrap;gap:.4rem}
.points button,.points label{flex:1 0 2.75rem;min-height:2.9rem;font:inherit;font-weight:700;border:2px solid var(--brand);border-radius:10px;background:#fff;color:var(--brand);cursor:pointer;display:flex;align-items:center;justify-content:center}
.points button[data-chosen],.points input:checked+span{background:var(--brand);color:#fff}
.points label{position:relative}
.points label span{display:flex;align-items:center;justify-content:center;width:100%;height:100%;border-radius:8px}
.points input{position:absolute;opacity:0;width:1px;height:1px}
.points input:focus-visible+span{outline:3px solid var(--ring);outline-offset:2px}
.ends{display:flex;justify-content:space-between;gap:1rem;font-size:.9rem;color:var(--muted);margin-top:.35rem}
label.text{display:block;font-weight:600;margin:.5rem 0 .35rem}
textarea{width:100%;min-height:6rem;font:inherit;padding:.6rem .7rem;border:1px solid #9aa596;border-radius:10px}
.send{font:inherit;font-weight:600;min-height:44px;padding:.6rem 1.1rem;border-radius:10px;border:2px solid var(--brand);background:var(--brand);color:#fff;cursor:pointer;margin-top:.75rem}
.muted{color:var(--muted);font-size:.95rem}
.thanks{margin:1rem 0;padding:1rem 1.1rem;border-radius:12px;background:#ecf7ef;border:1px solid #b7dcc2}
.thanks p{margin:0 0 .5rem}
.thanks .by{margin:0;font-weight:600}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

export const SURVEY_STYLE = raw(CSS.replace(/\n/g, ''));
