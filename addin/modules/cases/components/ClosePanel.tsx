import { Button, Text, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { CaseDetail } from '../../../../shared/cases/case-detail.schema';
import { caseTypeDefinition } from '../../../../shared/cases/case-types';
import { canTransition, finishedStages } from '../../../../shared/cases/lifecycle';
import { strings } from '../../../i18n/strings';
import { caseDraftKey } from '../../../state/drafts-keys';
import { hasDraft } from '../../../state/drafts-storage';
import { usePane } from '../../../state/pane-context';
import { useCan } from '../../../state/use-can';
import { PaneSection } from '../../ui/components/PaneSection';
import { ResolveForm, resolveDraftForm } from './ResolveForm';

const useStyles = makeStyles({ close: { alignSelf: 'flex-start' } });

/** "Close": resolving the case, which the closure gate checks as a whole. */
export function ClosePanel({ detail }: { detail: CaseDetail }) {
  const styles = useStyles();
  const keptKey = usePane((s) => caseDraftKey(s, resolveDraftForm));
  // A resolution left half-written (a reload, a lost connection) opens again where it was.
  const [open, setOpen] = useState(() => hasDraft(keptKey));
  const canClose = useCan('case.transition');
  // Once resolved, closing (or reopening) is a plain stage move above.
  if (finishedStages.includes(detail.stage) || !canClose) return null;
  const canResolve = canTransition(detail.stage, 'resolved');
  return (
    <PaneSection title={strings.casePanel.closeHeading}>
      {!canResolve ? <Text>{strings.casePanel.closeNotNow}</Text> : null}
      {canResolve && !open ? (
        <>
          <Text>{strings.casePanel.closeIntro}</Text>
          <Button className={styles.close} aria-expanded={false} onClick={() => setOpen(true)}>
            {strings.casePanel.close}
          </Button>
        </>
      ) : null}
      {canResolve && open ? (
        <ResolveForm definition={caseTypeDefinition(detail.type)} onDone={() => setOpen(false)} />
      ) : null}
    </PaneSection>
  );
}
