/**
 * The on-page UI's stylesheet, injected into each shadow root (never into the page). Every colour is a variable of
 * `.os-root` (and each urgency's --fg/--bg/--edge), in a light and a dark scheme (prefers-color-scheme): text keeps
 * a contrast of at least 4.5:1 on every background it can sit on, focus rings and urgency edges 3:1 (WCAG AA),
 * checked by tests/unit/color-contrast.test.ts. Urgency is also carried by an icon and by words, never by colour
 * alone.
 */
export const PAGE_CSS = `
.os-root { --os-text: #101828; --os-muted: #475467; --os-label: #344054; --os-surface: #ffffff; --os-hover: #f2f4f7; --os-line: #d0d5dd; --os-control: #667085; --os-focus: #1570ef; --os-strong: #1d2939; --os-strong-hover: #344054; --os-on-strong: #ffffff; --os-ok: #027a48; --os-bad: #b42318; --os-warn: #93370d; --os-hint-bg: #fffaeb; --os-hint-edge: #dc6803; }
.os-root { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--os-text); text-align: left; }
.os-root *, .os-root *::before, .os-root *::after { box-sizing: border-box; }
.os-badge { --fg: #344054; --bg: #f2f4f7; --edge: #667085; border: 1px solid var(--edge); border-left-width: 4px; background: var(--bg); border-radius: 8px; padding: 6px 10px; margin: 8px 0; }
.u-overdue { --fg: #b42318; --bg: #fef3f2; --edge: #d92d20; }
.u-today { --fg: #b42318; --bg: #fff4ed; --edge: #e62e05; }
.u-soon { --fg: #93370d; --bg: #fffaeb; --edge: #dc6803; }
.u-later { --fg: #175cd3; --bg: #eff8ff; --edge: #1570ef; }
.u-none { --fg: #344054; --bg: #f9fafb; --edge: #d0d5dd; }
@media (prefers-color-scheme: dark) {
.os-root { color-scheme: dark; --os-text: #f2f4f7; --os-muted: #b3bcc9; --os-label: #d0d5dd; --os-surface: #1b2230; --os-hover: #283142; --os-line: #475467; --os-control: #8d97a8; --os-focus: #84caff; --os-strong: #e4e7ec; --os-strong-hover: #d0d5dd; --os-on-strong: #101828; --os-ok: #6ce9a6; --os-bad: #fda29b; --os-warn: #fec84b; --os-hint-bg: #2e2411; --os-hint-edge: #f79009; }
.os-badge { --fg: #d0d5dd; --bg: #1b2230; --edge: #8d97a8; }
.u-overdue { --fg: #fda29b; --bg: #3a1d1b; --edge: #f97066; }
.u-today { --fg: #feb273; --bg: #3a2216; --edge: #ff692e; }
.u-soon { --fg: #fec84b; --bg: #33270f; --edge: #f79009; }
.u-later { --fg: #84caff; --bg: #13294a; --edge: #2e90fa; }
.u-none { --fg: #d0d5dd; --bg: #1b2230; --edge: #475467; }
}
.os-head { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; }
.os-urgency { display: inline-flex; align-items: center; gap: 4px; color: var(--fg); font-weight: 700; }
.os-urgency svg { flex: none; }
.os-label { font-weight: 600; }
.os-left { color: var(--fg); font-weight: 700; }
.os-date { white-space: nowrap; }
.os-est { color: var(--os-muted); font-style: italic; text-decoration: underline dotted; cursor: help; }
.os-spacer { flex: 1 1 auto; }
.os-btn { font: inherit; font-size: 12px; color: var(--os-text); background: var(--os-surface); border: 1px solid var(--os-control); border-radius: 14px; padding: 2px 10px; cursor: pointer; white-space: nowrap; }
.os-btn:hover { background: var(--os-hover); }
.os-btn:focus-visible, .os-input:focus-visible { outline: 3px solid var(--os-focus); outline-offset: 1px; }
.os-btn-primary { background: var(--os-strong); border-color: var(--os-strong); color: var(--os-on-strong); }
.os-btn-primary:hover { background: var(--os-strong-hover); }
.os-advice { list-style: none; margin: 6px 0 0; padding: 0; display: grid; gap: 4px; }
.os-advice li { display: flex; gap: 6px; align-items: flex-start; }
.os-advice svg { flex: none; margin-top: 2px; }
.sev-critical { color: var(--os-bad); font-weight: 700; }
.sev-warning { color: var(--os-warn); font-weight: 600; }
.sev-info { color: var(--os-label); }
.os-timeline { margin: 8px 0 2px; padding: 8px 0 0; border-top: 1px solid var(--os-line); }
.os-timeline h3, .os-panel h2, .os-panel h3 { margin: 0 0 6px; font-size: 13px; font-weight: 700; color: var(--os-text); }
.os-timeline .timeline { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.os-timeline .timeline-item { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0 6px; padding-left: 8px; border-left: 3px solid var(--os-control); }
.os-timeline .timeline-item[data-confidence='estimated'] { border-left-style: dashed; }
.os-timeline .timeline-item.passed { color: var(--os-muted); border-left-color: var(--os-line); }
.os-timeline .timeline-when { text-align: right; white-space: nowrap; }
.os-timeline .timeline-source { grid-column: 1 / -1; }
.muted { color: var(--os-muted); }
.small { font-size: 12px; }
.os-muted { color: var(--os-muted); }
.os-hint { display: inline-flex; gap: 5px; align-items: flex-start; max-width: 260px; margin: 4px 0; padding: 4px 8px; border-radius: 6px; background: var(--os-hint-bg); border: 1px solid var(--os-hint-edge); color: var(--os-warn); font-size: 12px; line-height: 1.35; }
.os-hint svg { flex: none; margin-top: 1px; }
.os-panel { border: 1px solid var(--os-line); border-left: 4px solid var(--os-strong); background: var(--os-surface); border-radius: 10px; padding: 12px 16px; margin: 12px 0; }
.os-panel h2 { font-size: 15px; }
.os-panel section { margin-top: 10px; }
.os-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
.os-form { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; margin-top: 8px; }
.os-form label { display: grid; gap: 2px; font-size: 12px; color: var(--os-label); }
.os-input { font: inherit; border: 1px solid var(--os-control); border-radius: 6px; padding: 3px 6px; color: var(--os-text); background: var(--os-surface); }
.os-message { width: 100%; min-height: 150px; font: 12px/1.4 ui-monospace, Menlo, Consolas, monospace; }
.os-status { margin-top: 6px; color: var(--os-ok); font-weight: 600; }
.os-status.bad { color: var(--os-bad); }
.os-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.os-after-card .os-badge { margin: -4px 6px 12px; border-top-left-radius: 0; border-top-right-radius: 0; }
/* contain: the hint never widens the page's column it sits in (it wraps instead): tests/e2e/hostile-pages.e2e.ts.
   Its host takes the column's whole width: in a column flexbox that aligns its buttons to one side, a contained
   host would otherwise shrink to nothing and the hint would spill out beside the column. */
:host(ordershield-confirm-hint) { align-self: stretch !important; }
.os-hint-root { text-align: right; contain: inline-size; }
/* Its own surface: in the dark scheme the muted text is light, and the page around it may stay white. */
.os-quiet { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 2px 8px; margin: 4px 0; padding: 1px 8px; border-radius: 10px; font-size: 12px; color: var(--os-muted); background: var(--os-surface); }
.os-quiet-line { display: inline-flex; align-items: center; gap: 4px; }
.os-quiet .os-timeline { flex-basis: 100%; }
.os-link { font: inherit; color: var(--os-label); background: none; border: none; padding: 0; text-decoration: underline; cursor: pointer; }
.os-link:focus-visible { outline: 3px solid var(--os-focus); outline-offset: 1px; }
.os-checklist { margin: 6px 0 0; padding-left: 20px; }
`;
