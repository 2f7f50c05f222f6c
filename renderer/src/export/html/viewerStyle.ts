import { FONT_STACK } from '../../../../shared/render/typeface';

/** The one-file viewer's style sheet (hashed into its CSP, so it is the only style the page may use). */
export const VIEWER_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 ${FONT_STACK};color:#1d2330;background:#f4f6f9}
body{display:flex;flex-direction:column}
.bar{display:flex;flex-wrap:wrap;gap:8px;align-items:center;padding:8px 12px;background:#fff;border-bottom:1px solid #d7dce5;position:relative;z-index:3}
.bar-main{display:flex;align-items:center;gap:8px;flex:1 1 auto;min-width:0}
.bar-tools{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.bar h1{margin:0;font-size:17px;min-width:0}
.kind{color:#5b6475;font-size:13px;margin-right:auto}
.menu{display:none}
.search{min-width:200px;padding:6px 10px;border:1px solid #b8c0cc;border-radius:6px;font:inherit}
.count{color:#5b6475;font-size:13px;min-width:90px}
button{font:inherit;padding:5px 10px;border:1px solid #b8c0cc;border-radius:6px;background:#fff;cursor:pointer}
button:disabled{opacity:.4;cursor:default}
.viewport{flex:1;overflow:hidden;position:relative;cursor:grab;touch-action:none}
.board{display:grid;gap:0;transform-origin:0 0;width:max-content;background:#fff;position:relative}
.about{grid-column:1/-1;padding:10px 16px;border-bottom:1px solid #d7dce5;background:#fbfbfc}
.about summary{font-weight:700;cursor:pointer;color:#1d2330}
.about-body{display:flex;flex-wrap:wrap;gap:12px 40px;padding-top:8px}
.about-column{max-width:340px;font-size:13px}
.about h2{margin:0 0 6px;font-size:11px;letter-spacing:.04em;color:#7a8496}
.about h3{margin:8px 0 2px;font-size:12px;color:#7a8496}
.about p,.about ul{margin:0 0 4px}
.about ul{padding-left:18px}
.photo{width:56px;height:56px;border-radius:50%;object-fit:cover;float:left;margin-right:10px}
.persona-name{font-weight:700;font-size:15px}
.quote{color:#5b6475}
.legend-type{display:inline-block;margin:0 10px 4px 0;padding-left:6px;border-left:4px solid}
.legend-chip{display:inline-block;margin:0 6px 4px 0;padding:1px 8px;border-radius:999px;font-size:12px;font-weight:600}
.curve-cell{grid-column:2/-1;border-top:1px solid #e5e8ee;background:#fffdf7}
.curve-cell svg{display:block}
body:not(.one-stage) .feeling-cell{display:none}
.one-stage .curve-cell{display:none}
.line-row{grid-column:1/-1;border-top:2px dashed #6b3fb8;color:#6b3fb8;font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.03em;padding:2px 10px 6px}
.links{position:absolute;left:0;top:0;pointer-events:none;overflow:visible}
.corner,.stage{position:sticky;top:0}
.stage{background:#1e3a8a;color:#fff;font-weight:700;padding:10px 12px;border-right:1px solid #fff}
.lane{background:#eef1f6;font-weight:700;padding:10px;border-top:1px solid #d7dce5}
.emotion-lane{background:#fff7e8}
.persona-key{display:flex;align-items:center;gap:6px;margin-top:4px;font-size:11px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.persona-key::before{content:'';flex:none;width:12px;height:3px;border-radius:2px;background:var(--ink)}
.cell{padding:8px;border-top:1px solid #e5e8ee;border-left:1px solid #eef1f6;display:flex;flex-direction:column;gap:8px;min-height:60px}
.card{all:unset;display:flex;flex-direction:column;gap:2px;padding:var(--card-pad-y) var(--card-pad-x);color:var(--card-ink);background:var(--tint);border:var(--card-border-width) solid var(--card-border);border-left:var(--card-bar-width) solid var(--type);border-radius:var(--card-radius);font-size:var(--card-text-size);line-height:var(--card-line-height);cursor:pointer;white-space:pre-wrap;overflow-wrap:anywhere}
.card:focus-visible{outline:3px solid #2563eb}
.card.hit{outline:3px solid #f59e0b;box-shadow:0 0 0 6px rgb(245 158 11 / 25%)}
.picture{width:100%;max-height:200px;object-fit:cover;border-radius:4px}
.type{font-size:var(--card-head-size);font-weight:var(--card-head-weight);text-transform:uppercase;letter-spacing:var(--card-head-spacing);color:var(--card-label)}
.type .icon{color:var(--type)}
.feeling{align-self:center;padding:4px 10px;border-radius:999px;background:#fde7c2;font-weight:700}
.details{position:fixed;right:12px;top:64px;width:340px;max-height:calc(100% - 80px);overflow:auto;background:#fff;border:1px solid #b8c0cc;border-radius:10px;padding:14px 16px;box-shadow:0 6px 24px rgb(0 0 0 / 18%)}
.details h2{font-size:16px;margin:0 24px 10px 0;white-space:pre-wrap;overflow-wrap:anywhere}
.details dl{display:grid;grid-template-columns:auto 1fr;gap:4px 10px;margin:0}
.details dt{color:#5b6475}
.details dd{margin:0;overflow-wrap:anywhere}
.close{position:absolute;right:8px;top:8px}
.one-stage .stage:not(.current),.one-stage .cell:not(.current){display:none}
.one-stage .card{font-size:18px}
@media (max-width:600px){
.bar{flex-wrap:nowrap;padding:4px 8px}
.bar h1{font-size:15px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;flex:1 1 auto}
.kind{display:none}
.bar button{min-width:44px;min-height:44px}
.menu{display:inline-block}
.bar-tools{display:none;position:absolute;top:100%;left:0;right:0;padding:8px;background:#fff;border-bottom:1px solid #d7dce5;box-shadow:0 6px 16px rgb(0 0 0 / 12%)}
.bar.open .bar-tools{display:flex}
.search{flex:1 1 100%}
.about summary{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.lane{padding:8px 6px;font-size:12px}
.one-stage .card{font-size:15px}
.details{left:8px;right:8px;width:auto;top:60px}
}
`;
