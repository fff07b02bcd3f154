import type { CreateCaseInput, SourceEmail } from '../../../../shared/cases/case.schema';
import type { ClientMatch } from '../../../../shared/clients/client.schema';
import type { MessageItem } from '../../../../shared/mailbox/mailbox-item.schema';

const replyPrefix = /^\s*((re|fw|fwd|aw|wg|tr|sv|vs)\s*(\[\d+\])?\s*:\s*)+/i;
const maxDescription = 20_000;

/** A case title from an email subject: reply and forward prefixes dropped. */
export function titleFromSubject(subject: string): string {
  return subject.replace(replyPrefix, '').trim().slice(0, 300);
}

/** What the add-in sends about the source email; never its HTML. */
export function sourceEmailOf(item: MessageItem): SourceEmail {
  return {
    internetMessageId: item.internetMessageId,
    conversationId: item.conversationId || null,
    subject: item.subject,
    from: { name: item.from.name, email: item.from.email },
    receivedAt: item.receivedAt,
  };
}

/** The editable part of a new case, before the user picks type and priority. */
export type CaseDraft = Omit<CreateCaseInput, 'type' | 'priority'> & {
  type: CreateCaseInput['type'] | '';
  priority: CreateCaseInput['priority'];
};

/** Prefills a new case from the email being read and the client it matched. */
export function caseDraftFromEmail(item: MessageItem, match: ClientMatch): CaseDraft {
  return {
    clientId: match.client.id,
    ...(match.contact ? { contactId: match.contact.id } : {}),
    type: '',
    priority: 'normal',
    title: titleFromSubject(item.subject),
    description: item.bodyText.trim().slice(0, maxDescription),
    channel: 'email',
    sourceEmail: sourceEmailOf(item),
  };
}
