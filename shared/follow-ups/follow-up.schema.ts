import { z } from 'zod';
import { pageOf, PageQuerySchema } from '../pagination';

/** A calendar date as YYYY-MM-DD; impossible dates such as 2026-02-30 are refused. */
export const IsoDateSchema = z.iso.date({ message: 'Use a real date as YYYY-MM-DD' });

/** Where a follow-up stands; overdue is not a status but derived from the due date. */
export const FollowUpStatusSchema = z.enum(['open', 'done', 'cancelled']);
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>;

const titleSchema = z.string().trim().min(1, 'A follow-up needs a title').max(300);
const closeConditionSchema = z.string().trim().max(2000);

/** A follow-up as the API returns it. */
export const FollowUpSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  clientId: z.string(),
  caseId: z.string().nullable(),
  /** The interaction the promise was made in, when it came from one. */
  interactionId: z.string().nullable(),
  title: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  dueDate: IsoDateSchema,
  status: FollowUpStatusSchema,
  /** What counts as done, in the words of whoever set it. */
  closeCondition: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
  /** Open and due before today in London. */
  overdue: z.boolean(),
  /** Days from today (London) to the due date; negative once it has passed. */
  dueInDays: z.number().int(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const FollowUpPageSchema = pageOf(FollowUpSchema);

/** One promise to do something: the part of a follow-up its creator chooses. */
export const FollowUpDraftSchema = z
  .object({
    title: titleSchema,
    /** Defaults to the caller. */
    ownerId: z.string().min(1).max(100).optional(),
    dueDate: IsoDateSchema,
    closeCondition: closeConditionSchema.optional(),
  })
  .strict();
export type FollowUpDraft = z.infer<typeof FollowUpDraftSchema>;

/** `POST /api/clients/:id/follow-ups` and `POST /api/cases/:id/follow-ups` body. */
export const CreateFollowUpInputSchema = FollowUpDraftSchema.extend({
  /** On the client route only: a case of that client the follow-up belongs to. */
  caseId: z.string().min(1).max(100).optional(),
  /** An interaction of the same client the follow-up came from. */
  interactionId: z.string().min(1).max(100).optional(),
}).strict();

/** `POST /api/cases/:id/follow-ups` body: the case comes from the path, so the body may not name one. */
export const CreateCaseFollowUpInputSchema = CreateFollowUpInputSchema.omit({ caseId: true });
export type CreateFollowUpInput = z.infer<typeof CreateFollowUpInputSchema>;

const editableFields = ['title', 'ownerId', 'dueDate', 'closeCondition', 'status'] as const;

/** `PATCH /api/follow-ups/:id` body; sent with If-Match. */
export const UpdateFollowUpInputSchema = z
  .object({
    title: titleSchema,
    ownerId: z.string().min(1).max(100),
    dueDate: IsoDateSchema,
    closeCondition: closeConditionSchema.nullable(),
    status: FollowUpStatusSchema,
    /** Why, kept in the audit trail: for example the reason for cancelling. */
    note: z.string().trim().min(1).max(2000),
  })
  .partial()
  .strict()
  .refine((patch) => editableFields.some((field) => patch[field] !== undefined), {
    message: 'Change at least one field',
  });
export type UpdateFollowUpInput = z.infer<typeof UpdateFollowUpInputSchema>;

/** `GET /api/follow-ups` query: whose work (`me` or a user id) and which status. */
export const FollowUpListQuerySchema = PageQuerySchema.extend({
  owner: z.string().min(1).max(100).default('me'),
  status: FollowUpStatusSchema.optional(),
});

/** `GET /api/clients/:id/follow-ups` and `GET /api/cases/:id/follow-ups` query. */
export const FollowUpScopeQuerySchema = PageQuerySchema.extend({
  status: FollowUpStatusSchema.optional(),
});
