import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { caseTypeDefinition } from '../../../../shared/cases/case-types';
import { formatDateTime, strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { ErrorMessage } from '../../ui/components/ErrorMessage';

/** Says first, before anything else, when this email is already on a case. */
export function LinkedCaseBanner() {
  const linked = usePane((s) => s.linkedCases);
  const openCase = usePane((s) => s.openCase);
  const reload = usePane((s) => s.reload);
  const hidden = usePane((s) => s.hiddenLinkedCases);
  if (linked.status === 'error')
    return <ErrorMessage message={linked.error.message} onRetry={reload} />;
  if (linked.status !== 'ready' || (linked.data.length === 0 && hidden === 0)) return null;
  return (
    <>
      {hidden > 0 && !linked.data.some((l) => l.matchedBy === 'message') ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.alreadyOnCase}</MessageBarTitle>
            {strings.onCaseYouCannotOpen}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {linked.data.map(({ case: c, link, matchedBy }) => (
        <MessageBar key={c.id} intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {matchedBy === 'message' ? strings.alreadyOnCase : strings.conversationOnCase}
            </MessageBarTitle>
            {c.reference} · {caseTypeDefinition(c.type).label} · {strings.stages[c.stage]} ·{' '}
            {c.ownerName ?? strings.unassigned}
            <br />
            {strings.linkedBy(link.linkedByName, formatDateTime(link.linkedAt))}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => openCase(c.id)}>
              {strings.openCase}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </>
  );
}
