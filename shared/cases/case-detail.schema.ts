import type { z } from 'zod';
import { CaseClocksSchema } from '../sla/timers';
import { CaseSchema } from './case.schema';

// Kept apart from case.schema.ts because the SLA module itself depends on the stage enum there.

/** One case with its live SLA clocks, as `GET /api/cases/:id` answers. */
export const CaseDetailSchema = CaseSchema.extend({ clocks: CaseClocksSchema });
export type CaseDetail = z.infer<typeof CaseDetailSchema>;
