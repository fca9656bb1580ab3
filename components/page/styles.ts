/**
 * The on-page UI's stylesheet, injected into each shadow root (never into the page). Colours are chosen for
 * a contrast of at least 4.5:1 of text on its background (WCAG AA); urgency is also carried by an icon and
 * by words, never by colour alone.
 */
export const PAGE_CSS = `
.os-root { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #101828; text-align: left; }
.os-root *, .os-root *::before, .os-root *::after { box-sizing: border-box; }
.os-badge { --fg: #344054; --bg: #f2f4f7; --edge: #98a2b3; border: 1px solid var(--edge); border-left-width: 4px; background: var(--bg); border-radius: 8px; padding: 6px 10px; margin: 8px 0; }
.u-overdue { --fg: #b42318; --bg: #fef3f2; --edge: #d92d20; }
.u-today { --fg: #b42318; --bg: #fff4ed; --edge: #e62e05; }
.u-soon { --fg: #93370d; --bg: #fffaeb; --edge: #dc6803; }
.u-later { --fg: #175cd3; --bg: #eff8ff; --edge: #2e90fa; }
.u-none { --fg: #344054; --bg: #f9fafb; --edge: #d0d5dd; }
.os-head { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; }
.os-urgency { display: inline-flex; align-items: center; gap: 4px; color: var(--fg); font-weight: 700; }
.os-urgency svg { flex: none; }
.os-label { font-weight: 600; }
.os-left { color: var(--fg); font-weight: 700; }
.os-date { white-space: nowrap; }
.os-est { color: #475467; font-style: italic; text-decoration: underline dotted; cursor: help; }
.os-spacer { flex: 1 1 auto; }
.os-btn { font: inherit; font-size: 12px; color: #101828; background: #fff; border: 1px solid #667085; border-radius: 14px; padding: 2px 10px; cursor: pointer; white-space: nowrap; }
.os-btn:hover { background: #f2f4f7; }
.os-btn:focus-visible, .os-input:focus-visible { outline: 3px solid #1570ef; outline-offset: 1px; }
.os-btn-primary { background: #1d2939; border-color: #1d2939; color: #fff; }
.os-btn-primary:hover { background: #344054; }
.os-advice { list-style: none; margin: 6px 0 0; padding: 0; display: grid; gap: 4px; }
.os-advice li { display: flex; gap: 6px; align-items: flex-start; }
.os-advice svg { flex: none; margin-top: 2px; }
.sev-critical { color: #b42318; font-weight: 700; }
.sev-warning { color: #93370d; font-weight: 600; }
.sev-info { color: #344054; }
.os-timeline { margin: 8px 0 2px; padding: 8px 0 0; border-top: 1px solid #d0d5dd; }
.os-timeline h3, .os-panel h2, .os-panel h3 { margin: 0 0 6px; font-size: 13px; font-weight: 700; color: #101828; }
.os-timeline .timeline { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.os-timeline .timeline-item { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0 6px; padding-left: 8px; border-left: 3px solid #667085; }
.os-timeline .timeline-item[data-confidence='estimated'] { border-left-style: dashed; }
.os-timeline .timeline-item.passed { color: #475467; border-left-color: #98a2b3; }
.os-timeline .timeline-when { text-align: right; white-space: nowrap; }
.os-timeline .timeline-source { grid-column: 1 / -1; }
.muted { color: #475467; }
.small { font-size: 12px; }
.os-muted { color: #475467; }
.os-hint { display: inline-flex; gap: 5px; align-items: flex-start; max-width: 260px; margin: 4px 0; padding: 4px 8px; border-radius: 6px; background: #fffaeb; border: 1px solid #f79009; color: #93370d; font-size: 12px; line-height: 1.35; }
.os-hint svg { flex: none; margin-top: 1px; }
.os-panel { border: 1px solid #d0d5dd; border-left: 4px solid #1d2939; background: #fff; border-radius: 10px; padding: 12px 16px; margin: 12px 0; }
.os-panel h2 { font-size: 15px; }
.os-panel section { margin-top: 10px; }
.os-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
.os-form { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; margin-top: 8px; }
.os-form label { display: grid; gap: 2px; font-size: 12px; color: #344054; }
.os-input { font: inherit; border: 1px solid #667085; border-radius: 6px; padding: 3px 6px; color: #101828; background: #fff; }
.os-message { width: 100%; min-height: 150px; font: 12px/1.4 ui-monospace, Menlo, Consolas, monospace; }
.os-status { margin-top: 6px; color: #027a48; font-weight: 600; }
.os-status.bad { color: #b42318; }
.os-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.os-after-card .os-badge { margin: -4px 6px 12px; border-top-left-radius: 0; border-top-right-radius: 0; }
/* contain: the hint never widens the page's column it sits in (it wraps instead): tests/e2e/hostile-pages.e2e.ts.
   Its host takes the column's whole width: in a column flexbox that aligns its buttons to one side, a contained
   host would otherwise shrink to nothing and the hint would spill out beside the column. */
:host(ordershield-confirm-hint) { align-self: stretch !important; }
.os-hint-root { text-align: right; contain: inline-size; }
.os-checklist { margin: 6px 0 0; padding-left: 20px; }
`;
