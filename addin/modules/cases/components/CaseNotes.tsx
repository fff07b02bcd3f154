import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { AddCaseNoteInputSchema, noteMaxLength } from '../../../../shared/notes/case-note.schema';
import type { CaseNote } from '../../../../shared/notes/case-note.schema';
import { formatDateTime, strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { useCan } from '../../../state/use-can';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { PaneSection } from '../../ui/components/PaneSection';
import { useCaseAction } from '../hooks/useCaseAction';
import { ActionError } from './ActionError';
import { CaseForm } from './CaseForm';

const useStyles = makeStyles({
  submit: { alignSelf: 'flex-start' },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
  },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3 },
  older: { alignSelf: 'flex-start' },
});

/** Writes a note; the shared schema judges it before the server does. */
function NoteForm() {
  const styles = useStyles();
  const addNote = usePane((s) => s.addNote);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { saving, error, run, clearError } = useCaseAction();
  // The count matters only near the limit; before that it is noise.
  const left = noteMaxLength - body.trim().length;

  const submit = async () => {
    const parsed = AddCaseNoteInputSchema.safeParse({ body });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? null);
      return;
    }
    if (await run(() => addNote(parsed.data.body))) setBody('');
  };

  return (
    <CaseForm label={strings.caseWork.addNote} onSubmit={submit}>
      <Field
        label={strings.caseWork.noteLabel}
        validationMessage={problem ?? undefined}
        hint={left < 500 ? strings.caseWork.noteHint(left) : undefined}
      >
        <Textarea
          rows={3}
          resize="vertical"
          value={body}
          onChange={(_, d) => {
            setBody(d.value);
            setProblem(null);
          }}
        />
      </Field>
      {error ? (
        <ActionError
          error={error}
          title={strings.caseWork.noteFailed}
          onRetry={() => void submit()}
          onReloaded={clearError}
        />
      ) : null}
      <Button className={styles.submit} type="submit" appearance="primary" disabled={saving}>
        {saving ? strings.casePanel.saving : strings.caseWork.addNote}
      </Button>
    </CaseForm>
  );
}

function NoteList({ notes }: { notes: CaseNote[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={strings.caseWork.notesHeading}>
      {notes.map((note) => (
        <li key={note.id} className={styles.item}>
          {/* Plain text only: a note is never rendered as HTML. */}
          <Text className={styles.body}>{note.body}</Text>
          <Text size={200} className={styles.meta}>
            {strings.caseWork.noteBy(note.authorName, formatDateTime(note.createdAt))}
          </Text>
        </li>
      ))}
    </ul>
  );
}

/** The case's internal notes, newest first, and a box to add one. */
export function CaseNotes() {
  const styles = useStyles();
  const notes = usePane((s) => s.notes);
  const refreshCase = usePane((s) => s.refreshCase);
  const loadOlderNotes = usePane((s) => s.loadOlderNotes);
  const canNote = useCan('case.note');
  const older = useCaseAction();

  let body;
  if (notes.status === 'idle' || notes.status === 'loading')
    body = <LoadingBlock label={strings.caseWork.notesLoading} lines={2} />;
  else if (notes.status === 'error')
    body = <ErrorMessage message={notes.error.message} onRetry={refreshCase} />;
  else if (notes.data.items.length === 0) body = <Text>{strings.caseWork.noNotes}</Text>;
  else
    body = (
      <>
        <NoteList notes={notes.data.items} />
        {notes.data.nextCursor ? (
          <Button
            className={styles.older}
            size="small"
            appearance="subtle"
            disabled={older.saving}
            onClick={() => void older.run(loadOlderNotes)}
          >
            {strings.caseWork.olderNotes}
          </Button>
        ) : null}
        {older.error ? (
          <ErrorMessage
            title={strings.caseWork.olderNotesFailed}
            message={older.error.message}
            onRetry={() => void older.run(loadOlderNotes)}
          />
        ) : null}
      </>
    );

  return (
    <PaneSection title={strings.caseWork.notesHeading}>
      {canNote ? <NoteForm /> : null}
      {body}
    </PaneSection>
  );
}
