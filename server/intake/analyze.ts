import type { AnalyzeEmailInput, IntakeAnalysis } from '../../shared/intake/intake.schema';
import { classify } from './classify';
import { extractEntities } from './entities/extract-entities';
import { findMissing } from './missing';
import { prepareEmail } from './prepare-text';
import { decidePriority } from './priority';
import { readSignals } from './signals';
import { summarise } from './summarise';

/** Deterministic, explainable intake analysis: no network, no model; a suggestion for a person to check. */
export function analyzeEmail(input: AnalyzeEmailInput): IntakeAnalysis {
  const prepared = prepareEmail(input.subject, input.bodyText);
  const signals = readSignals(input, prepared);
  const { caseType, confidence, explanation } = classify(signals);
  const entities = extractEntities(prepared.fullText);
  const { priority, reasons } = decidePriority(caseType, signals, entities);
  return {
    caseType,
    confidence,
    priority,
    entities,
    missing: findMissing(caseType, signals, entities),
    summary: summarise(prepared),
    explanation: [...explanation, ...reasons.map((r) => `priority ${priority}: ${r}`)],
  };
}
