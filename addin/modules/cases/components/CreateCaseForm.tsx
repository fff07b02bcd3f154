import {
  Button,
  Field,
  Input,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState, type FormEvent } from 'react';
import type { CreateCaseInput } from '../../../../shared/cases/case.schema';
import type { ClientMatch } from '../../../../shared/clients/client.schema';
import type { MessageItem } from '../../../../shared/mailbox/mailbox-item.schema';
import { ApiError, fieldIssues } from '../../../api/api-error';
import { strings } from '../../../i18n/strings';
import { itemDraftKey } from '../../../state/drafts-keys';
import { useHost, usePane } from '../../../state/pane-context';
import { DraftRestoredNote } from '../../ui/components/DraftRestoredNote';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { PaneSection } from '../../ui/components/PaneSection';
import { usePersistentDraft } from '../../ui/hooks/usePersistentDraft';
import { useIntakeSuggestions } from '../hooks/useIntakeSuggestions';
import { caseDraftFromEmail, type CaseDraft } from '../utils/case-draft-from-email';
import { AttachmentPicker } from './AttachmentPicker';
import { IntakeFindings } from './IntakeFindings';
import { SuggestedTypeFields } from './SuggestedTypeFields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type CreateCaseFormProps = { item: MessageItem; match: ClientMatch };

/** Turns the email being read into a case, prefilled and editable. */
export function CreateCaseForm({ item, match }: CreateCaseFormProps) {
  const styles = useStyles();
  const createCase = usePane((s) => s.createCase);
  const showOverview = usePane((s) => s.showOverview);
  // What the user typed survives a reload until the case is saved; per email and client.
  const kept = usePersistentDraft<CaseDraft>(
    usePane((s) => itemDraftKey(s, item, `create-case:${match.client.id}`)),
    () => caseDraftFromEmail(item, match),
  );
  const { value: draft, setValue: setDraft } = kept;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const update = <K extends keyof CaseDraft>(key: K, value: CaseDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const applySuggestion = useCallback(
    (values: Partial<Pick<CaseDraft, 'type' | 'priority'>>) =>
      // A suggestion is not the user's typing: alone, it leaves no draft to restore.
      setDraft((d) => ({ ...d, ...values }), { remember: false }),
    [setDraft],
  );
  const suggestions = useIntakeSuggestions({
    fields: { type: draft.type, priority: draft.priority },
    apply: applySuggestion,
    restored: kept.restored,
  });
  const readAttachment = useHost().getAttachmentContent;
  const uploadAttachments = usePane((s) => s.uploadAttachments);
  // None ticked at first: evidence is kept and audited, so each file is the user's choice.
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const handleToggle = (id: string, on: boolean) =>
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!draft.type) local.type = strings.caseTypeRequired;
    if (!draft.title.trim()) local.title = strings.titleRequired;
    setErrors(local);
    if (Object.keys(local).length > 0 || !draft.type) return;
    setSaving(true);
    setFailure(null);
    const input: CreateCaseInput = { ...draft, type: draft.type };
    if (suggestions.intakeRef) input.intake = suggestions.intakeRef;
    try {
      const created = await createCase(input);
      kept.clear();
      // The case is saved before any file moves: a failed upload never costs the case.
      const chosen = item.attachments.filter((a) => checked.has(a.id));
      if (readAttachment) uploadAttachments(created.id, chosen, readAttachment);
    } catch (error) {
      setErrors(fieldIssues(error));
      setFailure(error instanceof ApiError ? error.message : String(error));
      setSaving(false);
    }
  };

  return (
    <PaneSection title={strings.createCaseHeading}>
      <form className={styles.form} onSubmit={handleSubmit} noValidate>
        {kept.restored ? <DraftRestoredNote onDiscard={kept.discard} /> : null}
        <Field label={strings.client}>
          <Text>{match.client.name}</Text>
        </Field>
        <Field label={strings.contact}>
          <Text>
            {match.contact ? `${match.contact.name} <${match.contact.email}>` : strings.noContact}
          </Text>
        </Field>
        <SuggestedTypeFields
          type={draft.type}
          priority={draft.priority}
          errors={errors}
          suggestions={suggestions}
          onType={(type) => update('type', type)}
          onPriority={(priority) => update('priority', priority)}
        />
        <Field label={strings.title} required validationMessage={errors.title}>
          <Input value={draft.title} onChange={(_, data) => update('title', data.value)} />
        </Field>
        <Field label={strings.description} validationMessage={errors.description}>
          <Textarea
            value={draft.description}
            resize="vertical"
            rows={6}
            onChange={(_, data) => update('description', data.value)}
          />
        </Field>
        <Field label={strings.channel}>
          <Text>{strings.channelEmail}</Text>
        </Field>
        <IntakeFindings type={draft.type} analysis={suggestions.analysis} />
        <AttachmentPicker
          attachments={item.attachments}
          checked={checked}
          available={readAttachment !== undefined}
          disabled={saving}
          onToggle={handleToggle}
        />
        {failure ? <ErrorMessage title={strings.createFailed} message={failure} /> : null}
        <div className={styles.actions}>
          <Button
            type="submit"
            appearance="primary"
            disabled={saving}
            icon={saving ? <Spinner size="tiny" /> : undefined}
          >
            {saving ? strings.saving : strings.saveCase}
          </Button>
          <Button type="button" onClick={showOverview} disabled={saving}>
            {strings.cancel}
          </Button>
        </div>
      </form>
    </PaneSection>
  );
}
