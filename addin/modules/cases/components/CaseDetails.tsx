import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { caseTypeDefinition, priorityLabels } from '../../../../shared/cases/case-types';
import { formatDateTime, strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { FactList } from '../../ui/components/FactList';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { PaneSection } from '../../ui/components/PaneSection';

const useStyles = makeStyles({
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  description: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    maxHeight: '240px',
    overflowY: 'auto',
  },
  back: { alignSelf: 'flex-start' },
});

/** One case, opened from the banner or right after it was created. */
export function CaseDetails() {
  const styles = useStyles();
  const opened = usePane((s) => s.openedCase);
  const showOverview = usePane((s) => s.showOverview);
  const reload = usePane((s) => s.reload);
  const createdCaseId = usePane((s) => s.createdCaseId);
  if (opened.status === 'idle' || opened.status === 'loading')
    return <LoadingBlock label={strings.openCase} />;
  if (opened.status === 'error')
    return <ErrorMessage message={opened.error.message} onRetry={reload} />;
  const c = opened.data;
  return (
    <PaneSection title={strings.caseHeading(c.reference)}>
      <Button className={styles.back} appearance="subtle" onClick={showOverview}>
        {strings.back}
      </Button>
      {createdCaseId === c.id ? (
        <MessageBar intent="success">
          <MessageBarBody>{strings.caseCreated(c.reference)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Title3 as="p">{c.title}</Title3>
      <span className={styles.badges}>
        <Badge appearance="tint">{caseTypeDefinition(c.type).label}</Badge>
        <Badge appearance="outline">{strings.stages[c.stage]}</Badge>
        <Badge appearance="outline">{priorityLabels[c.priority]}</Badge>
      </span>
      <FactList
        facts={[
          [strings.client, c.clientName],
          [strings.stage, strings.stages[c.stage]],
          [strings.queue, c.queue],
          [strings.caseOwner, c.ownerName ?? strings.unassigned],
          [strings.created, formatDateTime(c.createdAt)],
        ]}
      />
      {/* Plain text only: email content is never rendered as HTML. */}
      <Text className={styles.description}>{c.description}</Text>
    </PaneSection>
  );
}
