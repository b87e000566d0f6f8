// The help center's whole stylesheet, inlined in each page: about 3 KB, so a reader on a slow
// phone gets a styled page from the first response instead of waiting for a second request.
// Mobile first; colours keep text at 4.5:1 or better (links and muted text included).
export const HELP_CSS = `
:root{--ink:#1f2a1c;--muted:#4a5546;--paper:#fbf7ef;--card:#fff;--band:#2f4a2a;--link:#2a5f25;
--line:#e3dccb;--mark:#ffe58a;--ring:#8a5a0b;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;
color:var(--ink);background:var(--paper);line-height:1.55}
*{box-sizing:border-box}
body{margin:0;font-size:1.0625rem;overflow-wrap:anywhere}
a{color:var(--link);text-underline-offset:.15em}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--ring);outline-offset:2px;border-radius:3px}
.skip{position:absolute;left:.5rem;top:-3rem;background:var(--card);padding:.5rem .8rem;z-index:10}
.skip:focus{top:.5rem}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
.top{background:var(--band);color:#fff;padding:1rem 0 1.25rem}
.top a{color:#fff}
.top :focus-visible{outline-color:#ffd35c}
.brand{display:inline-block;font-weight:700;font-size:1.1rem;text-decoration:none;margin-bottom:.75rem}
.brand span{font-weight:400;opacity:.9}
.hero h1{font-size:1.6rem;line-height:1.2;margin:.25rem 0 .75rem}
.hero label{display:block;margin-bottom:.35rem}
.find{display:flex;gap:.5rem}
.find input{flex:1;min-width:0;font:inherit;padding:.6rem .75rem;border:2px solid #fff;border-radius:8px;color:var(--ink);background:#fff}
.find input:focus-visible{outline-offset:1px}
button{font:inherit;font-weight:600;padding:.6rem 1rem;border-radius:8px;border:2px solid var(--band);cursor:pointer;background:var(--band);color:#fff;min-height:44px}
.find button{background:#ffd35c;border-color:#ffd35c;color:var(--ink)}
main.wrap{padding-top:1.5rem;padding-bottom:2rem}
main:focus{outline:none}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 .5rem}
h2{font-size:1.25rem;line-height:1.3;margin:1.75rem 0 .5rem}
.muted{color:var(--muted);font-size:.95rem}
.crumbs ol{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem;padding:0;margin:0 0 1rem;font-size:.95rem}
.crumbs li+li::before{content:"›";margin-right:.25rem;color:var(--muted)}
.topics{display:grid;gap:1rem;padding:0;margin:0;list-style:none}
.topic,.result{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.1rem}
.topic h2{margin:0 0 .5rem;font-size:1.15rem}
.topic ul,.links{margin:0;padding-left:1.1rem}
.topic li,.links li{margin:.35rem 0}
.results{list-style:none;padding:0;margin:1rem 0;display:grid;gap:.75rem}
.result h2{margin:0 0 .25rem;font-size:1.1rem}
.result p{margin:0;color:var(--muted)}
mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:2px}
.article{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1.1rem 1.2rem}
.article img{max-width:100%;height:auto}
.article pre{overflow-x:auto;background:#f3efe5;padding:.75rem;border-radius:6px}
.article table{border-collapse:collapse;display:block;overflow-x:auto}
.article th,.article td{border:1px solid var(--line);padding:.35rem .6rem}
.article blockquote{margin:1rem 0;padding-left:1rem;border-left:4px solid var(--line);color:var(--muted)}
.vote{margin-top:1.5rem;padding:1rem 1.1rem;border-radius:10px;background:#f1ecdf}
.vote h2{margin:0 0 .6rem;font-size:1.1rem}
.vote form{display:flex;gap:.75rem}
.vote button{min-width:5.5rem}
.vote button[value=no]{background:#fff;color:var(--ink)}
.vote p{margin:0}
.contact{margin-top:2rem;padding:1rem 1.1rem;border:1px dashed #b9ae95;border-radius:10px}
footer.wrap{border-top:1px solid var(--line);padding-top:.25rem;padding-bottom:6rem;font-size:.95rem;color:var(--muted)}
@media (min-width:48rem){.topics{grid-template-columns:1fr 1fr}.hero h1{font-size:2rem}}
`;
