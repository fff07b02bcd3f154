import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import type { Interaction } from '../../../../shared/interactions/interaction.schema';
import type { AppointmentItem } from '../../../../shared/mailbox/mailbox-item.schema';
import type { ApiError } from '../../../api/api-error';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { PaneSection } from '../../ui/components/PaneSection';
import type { MeetingClient } from '../state/meeting-slice';
import {
  emptyDraft,
  toRecordInput,
  validateDraft,
  withSuggestions,
  type DraftErrors,
  type MeetingDraft,
} from '../utils/meeting-draft';
import { DraftLines, PromiseFields, blankLine, blankPromise } from './DraftLineFields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type RecordMeetingFormProps = {
  item: AppointmentItem;
  clients: MeetingClient[];
  ownDomain: string;
  userName: string;
  onCancel: () => void;
  onSaved: (interaction: Interaction) => void;
};

const m = strings.meetings;

/** Record meeting: purpose, notes, and the asks, decisions and promises, suggested from the notes. */
export function RecordMeetingForm({
  item,
  clients,
  ownDomain,
  userName,
  onCancel,
  onSaved,
}: RecordMeetingFormProps) {
  const styles = useStyles();
  const extractNotes = usePane((s) => s.extractNotes);
  const recordMeeting = usePane((s) => s.recordMeeting);
  const loadOwners = usePane((s) => s.loadOwners);
  const owners = usePane((s) => s.owners);
  const userId = usePane((s) => s.userId);
  const [draft, setDraft] = useState<MeetingDraft>(() =>
    emptyDraft(item, clients[0]?.client.id ?? ''),
  );
  const [errors, setErrors] = useState<DraftErrors>({});
  const [suggesting, setSuggesting] = useState(false);
  const [suggestError, setSuggestError] = useState<ApiError | null>(null);
  const [foundNothing, setFoundNothing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  useEffect(() => loadOwners(), [loadOwners]);
  const patch = (p: Partial<MeetingDraft>) => setDraft((d) => ({ ...d, ...p }));

  /** A name in the notes that is one of the users who may own a follow-up; otherwise the user. */
  const ownerIdFor = (hint: string) => {
    const wanted = hint.toLowerCase();
    const fits = (owners ?? []).filter(
      (u) => u.name.toLowerCase() === wanted || u.name.split(' ')[0]?.toLowerCase() === wanted,
    );
    return fits.length === 1 && fits[0] && fits[0].id !== userId ? fits[0].id : '';
  };

  async function handleSuggest() {
    setSuggesting(true);
    setSuggestError(null);
    setFoundNothing(false);
    const attendees = [...item.requiredAttendees, ...item.optionalAttendees, item.organizer];
    const result = await extractNotes({ notes: draft.notes, meetingDate: item.start, attendees });
    if ('dropped' in result) return;
    setSuggesting(false);
    if (!result.ok) return setSuggestError(result.error);
    const { promises, asks, decisions } = result.data;
    setFoundNothing(promises.length + asks.length + decisions.length === 0);
    setDraft((d) => withSuggestions(d, result.data, ownerIdFor));
  }

  async function handleSubmit(event?: FormEvent) {
    event?.preventDefault();
    const found = validateDraft(draft, m);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    setSaveError(null);
    const result = await recordMeeting(draft.clientId, toRecordInput(draft, item, ownDomain));
    if ('dropped' in result) return;
    setSaving(false);
    if (result.ok) onSaved(result.data);
    else setSaveError(result.error);
  }

  return (
    <PaneSection title={m.formHeading}>
      <form className={styles.form} onSubmit={(e) => void handleSubmit(e)} noValidate>
        {clients.length > 1 ? (
          <Field label={m.client}>
            <Select value={draft.clientId} onChange={(_, d) => patch({ clientId: d.value })}>
              {clients.map((c) => (
                <option key={c.client.id} value={c.client.id}>
                  {c.client.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field label={m.purpose} required validationMessage={errors.purpose}>
          <Input value={draft.purpose} onChange={(_, d) => patch({ purpose: d.value })} />
        </Field>
        <Field label={m.notes} hint={m.notesHint}>
          <Textarea
            resize="vertical"
            rows={6}
            value={draft.notes}
            onChange={(_, d) => patch({ notes: d.value })}
          />
        </Field>
        <div className={styles.actions}>
          <Button onClick={() => void handleSuggest()} disabled={suggesting || !draft.notes.trim()}>
            {suggesting ? m.suggesting : m.suggest}
          </Button>
          {suggesting ? <Spinner size="tiny" aria-label={m.suggesting} /> : null}
        </div>
        {suggestError ? (
          <ErrorMessage
            title={m.suggestFailed}
            message={suggestError.message}
            onRetry={() => void handleSuggest()}
          />
        ) : null}
        {foundNothing ? (
          <MessageBar intent="info">
            <MessageBarBody>{m.nothingFound}</MessageBarBody>
          </MessageBar>
        ) : null}
        <DraftLines
          legend={m.asks}
          empty={m.noAsks}
          addLabel={m.addAsk}
          lineLabel={m.ask}
          path="asks"
          lines={draft.asks}
          errors={errors}
          onChange={(asks) => patch({ asks })}
          blank={blankLine}
        />
        <DraftLines
          legend={m.decisions}
          empty={m.noDecisions}
          addLabel={m.addDecision}
          lineLabel={m.decision}
          path="decisions"
          lines={draft.decisions}
          errors={errors}
          onChange={(decisions) => patch({ decisions })}
          blank={blankLine}
        />
        <DraftLines
          legend={m.promises}
          empty={m.noPromises}
          addLabel={m.addPromise}
          lineLabel={m.promise}
          path="promises"
          lines={draft.promises}
          errors={errors}
          onChange={(promises) => patch({ promises })}
          blank={blankPromise}
          extra={(promise, index, update) => (
            <PromiseFields
              promise={promise}
              index={index}
              errors={errors}
              owners={owners ?? []}
              userId={userId}
              userName={userName}
              update={update}
            />
          )}
        />
        <Checkbox
          checked={draft.sensitive}
          onChange={(_, d) => patch({ sensitive: d.checked === true })}
          label={m.sensitive}
        />
        {Object.keys(errors).length > 0 ? <Text role="alert">{m.fixErrors}</Text> : null}
        {saveError ? (
          <ErrorMessage
            title={m.saveFailed}
            message={saveError.message}
            onRetry={() => void handleSubmit()}
          />
        ) : null}
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={saving}>
            {saving ? m.saving : m.save}
          </Button>
          <Button onClick={onCancel} disabled={saving}>
            {m.cancel}
          </Button>
        </div>
      </form>
    </PaneSection>
  );
}
