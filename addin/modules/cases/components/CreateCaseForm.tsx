import {
  Button,
  Field,
  Input,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import {
  CaseTypeSchema,
  PrioritySchema,
  type CreateCaseInput,
} from '../../../../shared/cases/case.schema';
import { caseTypeDefinitions, priorityLabels } from '../../../../shared/cases/case-types';
import type { ClientMatch } from '../../../../shared/clients/client.schema';
import type { MessageItem } from '../../../../shared/mailbox/mailbox-item.schema';
import { ApiError, fieldIssues } from '../../../api/api-error';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { PaneSection } from '../../ui/components/PaneSection';
import { caseDraftFromEmail, type CaseDraft } from '../utils/case-draft-from-email';

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
  const [draft, setDraft] = useState<CaseDraft>(() => caseDraftFromEmail(item, match));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const update = <K extends keyof CaseDraft>(key: K, value: CaseDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!draft.type) local.type = strings.caseTypeRequired;
    if (!draft.title.trim()) local.title = strings.titleRequired;
    setErrors(local);
    if (Object.keys(local).length > 0 || !draft.type) return;
    setSaving(true);
    setFailure(null);
    try {
      await createCase({ ...draft, type: draft.type } satisfies CreateCaseInput);
    } catch (error) {
      setErrors(fieldIssues(error));
      setFailure(error instanceof ApiError ? error.message : String(error));
      setSaving(false);
    }
  };

  return (
    <PaneSection title={strings.createCaseHeading}>
      <form className={styles.form} onSubmit={handleSubmit} noValidate>
        <Field label={strings.client}>
          <Text>{match.client.name}</Text>
        </Field>
        <Field label={strings.contact}>
          <Text>
            {match.contact ? `${match.contact.name} <${match.contact.email}>` : strings.noContact}
          </Text>
        </Field>
        <Field label={strings.caseType} required validationMessage={errors.type}>
          <Select
            value={draft.type}
            onChange={(_, data) => {
              const parsed = CaseTypeSchema.safeParse(data.value);
              update('type', parsed.success ? parsed.data : '');
            }}
          >
            <option value="">{strings.chooseCaseType}</option>
            {caseTypeDefinitions.map((d) => (
              <option key={d.type} value={d.type}>
                {d.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={strings.priority} required validationMessage={errors.priority}>
          <Select
            value={draft.priority}
            onChange={(_, data) => update('priority', PrioritySchema.parse(data.value))}
          >
            {PrioritySchema.options.map((p) => (
              <option key={p} value={p}>
                {priorityLabels[p]}
              </option>
            ))}
          </Select>
        </Field>
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
