import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame } from 'playwright-core';

// axe-core, run inside the task pane's own document. The pane's Content-Security-Policy forbids
// inline scripts (so no addScriptTag with content), but Chromium lets the debugger's own
// synchronous evaluation through, and axe-core needs no eval of its own since 3.3.

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What the e2e run refuses: the impacts that stop someone from using the pane. */
const blocking = ['serious', 'critical'];

export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
};

/** Runs axe on the frame's whole document and answers every violation, of any impact. */
export async function axeViolations(frame: Frame): Promise<AxeViolation[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(`${axeSource};void 0`);
  return frame.evaluate(async () => {
    type AxeResult = {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[]; html: string; failureSummary?: string }[];
      }[];
    };
    type AxeContext = { include: Document[]; exclude: string[][] };
    const axe = (window as unknown as { axe: { run: (context: AxeContext) => Promise<AxeResult> } })
      .axe;
    // Colours mid-transition (just after a theme switch or a hover) are not what a person
    // reads; wait for running CSS transitions, not for endless ones such as skeleton shimmer.
    await Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    );
    // Tabster's focus-redirecting dummies (Fluent's TabList, Toolbar…) are focusable and
    // aria-hidden by design, so screen readers skip them; Fluent treats the rule's hit as expected.
    const result = await axe.run({ include: [document], exclude: [['[data-tabster-dummy]']] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        html: n.html.slice(0, 200),
        summary: n.failureSummary ?? '',
      })),
    }));
  });
}

/** The violations as a person reads them: rule, impact, what to fix and where. */
export function describeViolations(view: string, violations: AxeViolation[]): string {
  const lines = [`axe found ${violations.length} blocking violation(s) on ${view}:`];
  for (const v of violations) {
    lines.push(`- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes.slice(0, 5)) {
      lines.push(`    at ${node.target}`, `      ${node.html}`);
      for (const line of node.summary.split('\n')) if (line.trim()) lines.push(`      ${line}`);
    }
    if (v.nodes.length > 5) lines.push(`    …and ${v.nodes.length - 5} more`);
  }
  return lines.join('\n');
}

/** Fails with a readable list when axe finds any serious or critical violation in the pane. */
export async function expectNoBlockingViolations(frame: Frame, view: string): Promise<void> {
  const found = (await axeViolations(frame)).filter((v) => blocking.includes(v.impact ?? ''));
  if (found.length > 0) throw new Error(describeViolations(view, found));
}
