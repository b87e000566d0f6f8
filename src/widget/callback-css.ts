/** Styles of the "Call me back" view and the queue's alternatives (inside the shadow root). */
export const CALLBACK_CSS = `
.cb{flex:1;flex-direction:column;gap:6px;padding:16px;background:#f6f7f9;overflow:auto}
.cb:not([hidden]){display:flex}
.cb>p{margin:0 0 6px;color:#4a5261;font-size:14px}
.cb form{flex-direction:column;gap:6px;padding:0;border:0;background:none}
.cb label,.cb legend{font-size:13.5px;font-weight:600;color:#3a4150;margin-top:6px;padding:0}
.cb label span{font-weight:400}
.cb input,.cb select,.cb textarea{flex:none;font:inherit;padding:9px 11px;border:1px solid #c3cad8;border-radius:10px;color:inherit;background:#fff;min-height:44px}
.cb textarea{resize:vertical;min-height:60px}
.cb [aria-invalid=true]{border-color:#b42318}
.cb input:focus-visible,.cb select:focus-visible{outline:3px solid #8fb3ff;outline-offset:2px}
.cb fieldset{margin:0;padding:0;border:0;display:flex;flex-direction:column;gap:6px;min-width:0}
.cb .ph{margin:0;font-size:12.5px;color:#4a5261}
.cb .pe{margin:0;font-size:13.5px;font-weight:600;color:#b42318}
.cb .pe:empty{display:none}
.cb .send{margin-top:8px;padding:12px 18px;min-height:46px}
.cb .send:disabled{opacity:.7;cursor:progress}
.cb .cs{margin:4px 0 0;color:#1b1f27;font-size:14px}
.cb .cs:empty{display:none}
.wn,.col{display:flex;flex-direction:column;gap:6px}
.wn label,.tm{display:flex;align-items:center;gap:10px;margin:0;font-weight:500;background:#fff;border:1px solid #dde2ec;border-radius:10px;padding:10px 12px;cursor:pointer;min-height:44px}
.wn input{min-height:0;width:18px;height:18px;margin:0;accent-color:#2457c5}
.tms{display:grid;grid-template-columns:repeat(auto-fill,minmax(88px,1fr));gap:6px}
.tm{position:relative;justify-content:center;padding:0;font-variant-numeric:tabular-nums}
.tm input{position:absolute;opacity:0;width:1px;height:1px;min-height:0}
.tm span{display:block;width:100%;padding:10px 0;text-align:center;border-radius:9px}
.tm input:checked+span{background:#2457c5;color:#fff;font-weight:600}
.tm input:focus-visible+span{outline:3px solid #8fb3ff;outline-offset:2px}
.cok{display:flex;flex-direction:column;gap:8px;padding:14px;border-radius:12px;background:#ecf7ef;color:#14361f}
.cok h3{margin:0;font-size:16px}
.cok p{margin:0;font-size:14.5px}
.cok:focus{outline:none}
.cok:focus-visible{outline:3px solid #8fb3ff}
.alt{display:flex;flex-wrap:wrap;align-items:center;gap:8px;padding:8px 12px;border-top:1px solid #e3e6ec;background:#fff8e6;font-size:13.5px}
.alt>p{flex:1 1 100%;margin:0}
.alt form{flex:1 1 100%;display:flex;gap:6px;padding:0;border:0;background:none}
.alt input{flex:1;min-width:0;font:inherit;padding:7px 10px;border:1px solid #c3cad8;border-radius:10px}
.alt input:focus-visible{outline:3px solid #8fb3ff;outline-offset:2px}
`;
