import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { priorityLabels } from '../../../../shared/cases/case-types';
import { formatDateTime, strings } from '../../../i18n/strings';
import { caseChanges, type CaseFieldChange } from '../../../state/case-conflict';
import { usePane } from '../../../state/pane-context';
import { FactList } from '../../ui/components/FactList';

const t = strings.resilience;

function shown(field: CaseFieldChange['field'], value: CaseFieldChange['before']): string {
  if (value === null || value === '') return t.none;
  if (field === 'stage') return strings.stages[value as keyof typeof strings.stages] ?? value;
  if (field === 'priority') return priorityLabels[value as keyof typeof priorityLabels] ?? value;
  if (field === 'updatedAt') return formatDateTime(String(value));
  return String(value);
}

type CaseConflictNoticeProps = {
  /** Sends the user's change again, against the case as it is now. */
  onApplyAgain: () => void;
  /** Lets the user's change go. */
  onDiscard: () => void;
};

/** A 412: what changed since the user opened the case, then "Apply my change again" or "Discard". */
export function CaseConflictNotice({ onApplyAgain, onDiscard }: CaseConflictNoticeProps) {
  const conflict = usePane((s) => s.conflict);
  const acceptConflict = usePane((s) => s.acceptConflict);
  const discardConflict = usePane((s) => s.discardConflict);
  const changes = conflict?.current ? caseChanges(conflict.seen, conflict.current) : [];

  let body;
  if (!conflict) body = <Spinner size="tiny" label={t.conflictLoading} />;
  else if (!conflict.current) body = <Text>{t.conflictUnknown}</Text>;
  else
    body = (
      <>
        <Text>{t.conflictIntro}</Text>
        <div role="group" aria-label={t.conflictFieldsLabel}>
          <FactList
            facts={changes.map((c) => [
              t.fields[c.field],
              t.fromTo(shown(c.field, c.before), shown(c.field, c.after)),
            ])}
          />
        </div>
        {changes.every((c) => c.field === 'version' || c.field === 'updatedAt') ? (
          <Text>{t.conflictNothingShown}</Text>
        ) : null}
        {conflict.changedBy.length > 0 ? (
          <Text>{t.conflictChangedBy(conflict.changedBy.join(', '))}</Text>
        ) : null}
      </>
    );

  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.casePanel.conflictTitle}</MessageBarTitle>
        {body}
      </MessageBarBody>
      <MessageBarActions>
        {conflict?.current ? (
          <Button
            size="small"
            appearance="primary"
            onClick={() => {
              acceptConflict();
              onApplyAgain();
            }}
          >
            {t.applyAgain}
          </Button>
        ) : null}
        <Button
          size="small"
          disabled={!conflict}
          onClick={() => {
            discardConflict();
            onDiscard();
          }}
        >
          {t.discard}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
