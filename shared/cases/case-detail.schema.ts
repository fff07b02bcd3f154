import type { z } from 'zod';
import { CaseIntakeRecordSchema } from '../intake/case-intake.schema';
import { CaseClocksSchema } from '../sla/timers';
import { CaseSchema } from './case.schema';

// Kept apart from case.schema.ts because the SLA module itself depends on the stage enum there.

/** One case with its live SLA clocks and its intake record, as `GET /api/cases/:id` answers. */
export const CaseDetailSchema = CaseSchema.extend({
  clocks: CaseClocksSchema,
  /** What intake assist suggested and what was chosen; null when the case was made without it. */
  intake: CaseIntakeRecordSchema.nullable(),
});
export type CaseDetail = z.infer<typeof CaseDetailSchema>;
