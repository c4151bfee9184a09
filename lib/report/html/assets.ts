/**
 * The attribution map's inline style and script. Source types differ by
 * colour and by line style (named solid, anonymous dashed, vague dotted,
 * unresolved double), so the map still reads in forced colours and without
 * colour vision; findings get a wavy underline below the others.
 */

export const REPORT_STYLE = `
:root { color-scheme: light; --named: #166534; --named-bg: #dcfce7; --anonymous: #9a3412; --anonymous-bg: #ffedd5;
  --vague: #6b21a8; --vague-bg: #f3e8ff; --unresolved: #334155; --unresolved-bg: #e2e8f0; }
body { margin: 0; font: 16px/1.6 system-ui, "Noto Sans Arabic", "DejaVu Sans", sans-serif; color: #111827; background: #fff; }
.isnad-map { padding: 1rem 1.5rem; }
.isnad-map h1 { margin: 0; font-size: 1.4rem; }
header.isnad-map { padding-bottom: 0; }
.isnad-map h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
.isnad-map h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0; padding: 0; list-style: none; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem); gap: 1.5rem; align-items: start; }
@media (max-width: 48rem) { .layout { grid-template-columns: 1fr; } }
.draft { white-space: pre-wrap; font-size: 1.15rem; line-height: 2.5; margin: 0; padding: 1rem; border: 1px solid #d1d5db; border-radius: 6px; }
aside { font-size: .95rem; }
aside ul, aside ol { margin: 0; padding-inline-start: 1.25rem; }
aside li { margin: .35rem 0; }
.chain { color: #374151; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: 4px; border: 1px var(--line) var(--c); background: var(--bg); color: var(--c); font-size: .85em; }
mark { background: none; color: inherit; }
.c-named { --c: var(--named); --bg: var(--named-bg); --line: solid; }
.c-anonymous { --c: var(--anonymous); --bg: var(--anonymous-bg); --line: dashed; }
.c-vague { --c: var(--vague); --bg: var(--vague-bg); --line: dotted; }
.c-unresolved { --c: var(--unresolved); --bg: var(--unresolved-bg); --line: double; }
.claim { background: var(--bg); border-bottom: 3px var(--line) var(--c); }
.source { font-weight: 700; color: var(--c); text-decoration: underline 2px var(--line) var(--c); text-underline-offset: .3em; }
.via { color: var(--c); text-decoration: overline 2px var(--line) var(--c); }
.cue { outline: 2px var(--line) var(--c); outline-offset: 1px; border-radius: 3px; }
.finding { text-decoration: underline wavy 1.5px; text-underline-offset: .65em; text-decoration-skip-ink: none; }
.finding.error { text-decoration-color: #b91c1c; }
.finding.warning { text-decoration-color: #b45309; }
.finding.info { text-decoration-color: #1d4ed8; }
mark[tabindex]:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.sev { font-weight: 700; }
.error .sev, .sev.error { color: #b91c1c; }
.warning .sev, .sev.warning { color: #b45309; }
.info .sev, .sev.info { color: #1d4ed8; }
.summary p { margin: .25rem 0; }
.bar { display: flex; height: .75rem; border-radius: 4px; overflow: hidden; border: 1px solid #9ca3af; max-width: 40rem; }
.bar span { background: var(--c); border-inline-end: 2px var(--line) #fff; }
.tip { position: fixed; z-index: 10; max-width: 30rem; padding: .5rem .75rem; border-radius: 6px; background: #111827; color: #f9fafb; font-size: .9rem; line-height: 1.5; box-shadow: 0 4px 12px rgb(0 0 0 / .3); }
.tip p { margin: .15rem 0; }
.tip .chain { color: inherit; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (forced-colors: active) {
  .claim { border-bottom-color: CanvasText; }
  .source, .via { text-decoration-color: CanvasText; }
  .cue { outline-color: CanvasText; }
  .finding.error, .finding.warning, .finding.info { text-decoration-color: LinkText; }
  .bar span { border: 1px var(--line) CanvasText; }
  .tip { border: 1px solid CanvasText; }
}
`

/**
 * Shows the tooltip a mark points to (`aria-describedby`) on hover or focus,
 * keeps it while the pointer is on it, hides it on Escape. Listeners sit on
 * the document, so markup replaced later (the playground) needs no new ones.
 */
export const REPORT_SCRIPT = `
(() => {
  let shown = null
  const hide = () => { if (shown) shown.hidden = true; shown = null }
  const show = (target, y) => {
    const mark = target instanceof Element ? target.closest('mark[aria-describedby]') : null
    const tip = mark && document.getElementById(mark.getAttribute('aria-describedby'))
    if (tip && tip === shown) return
    hide()
    if (!tip) return
    tip.hidden = false
    shown = tip
    const rects = [...mark.getClientRects()]
    const rect = rects.find((line) => y >= line.top && y <= line.bottom) || rects[0]
    tip.style.top = Math.max(4, Math.min(rect.bottom + 6, innerHeight - tip.offsetHeight - 4)) + 'px'
    tip.style.left = Math.max(4, Math.min(rect.right - tip.offsetWidth, innerWidth - tip.offsetWidth - 4)) + 'px'
  }
  document.addEventListener('mouseover', (event) => { if (!shown || !shown.contains(event.target)) show(event.target, event.clientY) })
  document.addEventListener('focusin', (event) => show(event.target, NaN))
  document.addEventListener('focusout', hide)
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') hide() })
  addEventListener('scroll', hide, {capture: true, passive: true})
})()
`
