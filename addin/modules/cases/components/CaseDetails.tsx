import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { useCan } from '../../../state/use-can';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { PaneSection } from '../../ui/components/PaneSection';
import { ApprovalsPanel } from './ApprovalsPanel';
import { AttachmentUploads } from './AttachmentUploads';
import { CaseHeader } from './CaseHeader';
import { CaseFollowUps } from './CaseFollowUps';
import { CaseNotes } from './CaseNotes';
import { CaseTimeline } from './CaseTimeline';
import { ClosePanel } from './ClosePanel';
import { DraftReplyPanel } from '../../drafts/components/DraftReplyPanel';
import { EvidenceChecklist } from './EvidenceChecklist';
import { IntakeSuggestionRecord } from './IntakeSuggestionRecord';
import { OwnerPanel } from './OwnerPanel';
import { SlaTimers } from './SlaTimers';
import { StagePanel } from './StagePanel';

const useStyles = makeStyles({
  description: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    maxHeight: '240px',
    overflowY: 'auto',
  },
  back: { alignSelf: 'flex-start' },
  loading: { padding: tokens.spacingHorizontalM },
});

/** The case panel: one case, opened from the banner or right after it was created. */
export function CaseDetails() {
  const styles = useStyles();
  const opened = usePane((s) => s.openedCase);
  const showOverview = usePane((s) => s.showOverview);
  const refreshCase = usePane((s) => s.refreshCase);
  const createdCaseId = usePane((s) => s.createdCaseId);
  const canDraft = useCan('case.draft');
  const readOnly = !useCan('case.update');
  const backRef = useRef<HTMLButtonElement>(null);
  const shownCaseId = opened.status === 'ready' ? opened.data.id : null;
  // Keyboard and screen-reader users land on the case they opened, not on the page body.
  useEffect(() => {
    if (shownCaseId) backRef.current?.focus();
  }, [shownCaseId]);
  if (opened.status === 'idle' || opened.status === 'loading')
    return (
      <div className={styles.loading}>
        <LoadingBlock label={strings.casePanel.loadingCase} lines={6} />
      </div>
    );
  if (opened.status === 'error')
    return (
      <div className={styles.loading}>
        <ErrorMessage message={opened.error.message} onRetry={refreshCase} />
      </div>
    );
  const c = opened.data;
  return (
    <>
      <PaneSection title={strings.caseHeading(c.reference)}>
        <Button ref={backRef} className={styles.back} appearance="subtle" onClick={showOverview}>
          {strings.back}
        </Button>
        {createdCaseId === c.id ? (
          <MessageBar intent="success">
            <MessageBarBody>{strings.caseCreated(c.reference)}</MessageBarBody>
          </MessageBar>
        ) : null}
        {readOnly ? (
          <MessageBar intent="info">
            <MessageBarBody>{strings.casePanel.readOnly}</MessageBarBody>
          </MessageBar>
        ) : null}
        <CaseHeader detail={c} />
        {/* Plain text only: email content is never rendered as HTML. */}
        <Text className={styles.description}>{c.description}</Text>
      </PaneSection>
      <AttachmentUploads caseId={c.id} />
      <StagePanel detail={c} />
      <OwnerPanel detail={c} />
      <SlaTimers detail={c} />
      {canDraft ? <DraftReplyPanel detail={c} /> : null}
      <EvidenceChecklist />
      <CaseFollowUps />
      <CaseNotes />
      <ApprovalsPanel detail={c} />
      <ClosePanel detail={c} />
      <IntakeSuggestionRecord detail={c} />
      <CaseTimeline />
    </>
  );
}
