/** The panel's styles; they live in the widget's shadow root, away from the host page's CSS. */
export const PANEL_CSS = `
.p{position:fixed;right:20px;bottom:88px;z-index:2147483647;box-sizing:border-box;width:370px;height:min(600px,calc(100vh - 108px));display:flex;flex-direction:column;background:#fff;color:#1b1f27;border-radius:14px;box-shadow:0 12px 40px #0003,0 2px 6px #0002;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow:hidden}
.p[hidden],.p [hidden]{display:none}
.p *{box-sizing:border-box}
header{display:flex;align-items:center;gap:6px;padding:12px;background:#2457c5;color:#fff}
.hd{flex:1;min-width:0;margin:0 4px}
h2{margin:0;font-size:17px;font-weight:600}
.sub{margin:0;font-size:13px;color:#e6edff}
.x{flex:none;background:none;border:0;color:inherit;font:400 26px/1 system-ui,sans-serif;width:38px;height:38px;border-radius:8px;cursor:pointer}
.x:hover{background:#fff3}
button:focus-visible,textarea:focus-visible{outline:3px solid #8fb3ff;outline-offset:2px}
.log:focus-visible{outline:3px solid #8fb3ff;outline-offset:-3px}
.menu{flex:1;padding:18px 16px;display:flex;flex-direction:column;gap:10px;overflow:auto;background:#f6f7f9}
.menu p{margin:0 0 6px;color:#4a5261}
.t{display:block;width:100%;text-align:left;background:#fff;border:1px solid #dde2ec;border-radius:12px;padding:14px 16px;cursor:pointer;font:inherit;color:inherit}
.t:hover{border-color:#2457c5}
.t strong{display:block;font-size:16px}
.t span{font-size:13.5px;color:#5b6372}
.past h3{margin:14px 0 6px;font-size:13px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:#5b6372}
.past ul{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px}
.c{display:flex;justify-content:space-between;gap:10px;width:100%;text-align:left;background:none;border:0;border-bottom:1px solid #e3e6ec;padding:8px 2px;font:inherit;font-size:14px;color:inherit;cursor:pointer}
.c strong{font-weight:500;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.c span{flex:none;color:#5b6372;font-size:13px}
.c:hover strong{text-decoration:underline}
.chat{flex:1;display:flex;flex-direction:column;min-height:0}
.log{flex:1;overflow:auto;background:#f6f7f9}
.list{list-style:none;margin:0;padding:14px;display:flex;flex-direction:column;gap:8px}
.hint{align-self:center;max-width:90%;font-size:13.5px;color:#4a5261;text-align:center;margin:4px 0 8px}
.m{max-width:80%;padding:8px 12px;border-radius:16px;white-space:pre-wrap;overflow-wrap:anywhere}
.m p{margin:0}
.me{align-self:flex-end;background:#2457c5;color:#fff;border-bottom-right-radius:4px}
.them{align-self:flex-start;background:#fff;border:1px solid #dde2ec;border-bottom-left-radius:4px}
.meta{display:block;font-size:11.5px;opacity:.8;margin-top:2px}
.me .meta{text-align:right}
.pending{background:#e8eefb;color:#1b3f8f;outline:1px dashed #2457c5;outline-offset:-1px}
.failed{background:#b42318}
.ty{margin:0;padding:4px 14px;font-size:13px;font-style:italic;color:#4a5261;background:#f6f7f9}
.st{margin:0;padding:6px 14px;font-size:13px;color:#4a5261;background:#f6f7f9}
.st:empty{display:none}
form{display:flex;gap:8px;padding:10px;border-top:1px solid #e3e6ec;background:#fff}
textarea{flex:1;resize:none;font:inherit;padding:9px 11px;border:1px solid #c3cad8;border-radius:10px;color:inherit;background:#fff;min-width:0}
.send{flex:none;background:#2457c5;color:#fff;border:0;border-radius:10px;padding:0 18px;font:inherit;font-weight:600;cursor:pointer}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.srch{margin:6px 0 2px;font-size:12.5px;color:#4a5261}
.src{margin:0;padding-left:18px;font-size:14px}
.src a{color:#1d4aad}
.ask{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin-top:8px;font-size:13.5px;white-space:normal}
.chip{background:#fff;border:1px solid #2457c5;color:#1d4aad;border-radius:999px;padding:5px 12px;font:inherit;font-size:13.5px;cursor:pointer;min-height:32px}
.chip.strong{background:#2457c5;color:#fff;font-weight:600}
.chip:disabled{opacity:.6;cursor:default}
.pb{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px;padding:8px 12px;border-top:1px solid #e3e6ec;background:#eef3fd;font-size:13.5px;color:#1b1f27}
.qt{flex:1 1 180px}
.find{display:flex;flex-direction:column;gap:6px;margin-top:8px;padding:0;border:0;background:none}
.find label{font-size:13px;font-weight:600;color:#4a5261}
.find input{font:inherit;padding:9px 11px;border:1px solid #c3cad8;border-radius:10px;color:inherit;background:#fff}
.find input:focus-visible{outline:3px solid #8fb3ff;outline-offset:2px}
.hits{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px}
.hits li{background:#fff;border:1px solid #dde2ec;border-radius:10px;padding:8px 12px}
.hits a{display:block;font-weight:600;color:#1d4aad}
.hits span{display:block;font-size:13px;color:#4a5261}
@media (max-width:499px){.p{inset:0;width:auto;height:auto;border-radius:0}}
`;
