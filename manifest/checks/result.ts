/** Outcome of one named check; `problems` is empty when it passed. */
export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly problems: readonly string[];
}

export function result(name: string, problems: readonly string[]): CheckResult {
  return { name, ok: problems.length === 0, problems };
}

export function formatResult(check: CheckResult): string {
  return check.ok ? `PASS  ${check.name}` : `FAIL  ${check.name}: ${check.problems.join('; ')}`;
}
