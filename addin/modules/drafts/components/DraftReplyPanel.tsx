import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { CaseDetail } from '../../../../shared/cases/case-detail.schema';
import {
  DraftPurposeSchema,
  type DraftPurpose,
  type PreparedReply,
} from '../../../../shared/drafts/draft.schema';
import type { ApiError } from '../../../api/api-error';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { PaneSection } from '../../ui/components/PaneSection';
import { useReplyTarget } from '../hooks/useReplyTarget';
import { suggestedPurpose } from '../utils/suggested-purpose';
import { DraftActions } from './DraftActions';
import { DraftPreview } from './DraftPreview';

const useStyles = makeStyles({ trigger: { alignSelf: 'flex-start' } });

type DraftView =
  | { status: 'idle' }
  | { status: 'loading'; purpose: DraftPurpose }
  | { status: 'ready'; draft: PreparedReply }
  | { status: 'error'; purpose: DraftPurpose; error: ApiError };

/** "Draft reply": fills a template from the case, previews it, and opens it for the user to send. */
export function DraftReplyPanel({ detail }: { detail: CaseDetail }) {
  const styles = useStyles();
  const prepareReply = usePane((s) => s.prepareReply);
  const refreshCase = usePane((s) => s.refreshCase);
  const target = useReplyTarget(detail.id);
  const [view, setView] = useState<DraftView>({ status: 'idle' });
  // Each new draft starts with no "opened" or "copied" notice left over from the last one.
  const [attempt, setAttempt] = useState(0);
  const suggested = suggestedPurpose(detail.stage);

  const handleDraft = async (purpose: DraftPurpose) => {
    setView({ status: 'loading', purpose });
    const result = await prepareReply(purpose);
    if (!result.ok) return setView({ status: 'error', purpose, error: result.error });
    setAttempt((n) => n + 1);
    setView({ status: 'ready', draft: result.draft });
    // The case's timeline now shows that a reply was prepared.
    refreshCase();
  };

  return (
    <PaneSection title={strings.drafts.heading}>
      <Text>{strings.drafts.intro}</Text>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton className={styles.trigger} disabled={view.status === 'loading'}>
            {strings.drafts.draftReply}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {DraftPurposeSchema.options.map((purpose) => (
              <MenuItem
                key={purpose}
                secondaryContent={purpose === suggested ? strings.drafts.suggested : undefined}
                onClick={() => void handleDraft(purpose)}
              >
                {strings.drafts.purposes[purpose]}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      {view.status === 'loading' ? (
        <LoadingBlock label={strings.drafts.preparing} lines={5} />
      ) : null}
      {view.status === 'error' ? (
        <ErrorMessage
          title={strings.drafts.failed}
          message={view.error.message}
          onRetry={() => void handleDraft(view.purpose)}
        />
      ) : null}
      {view.status === 'ready' ? (
        <>
          <DraftPreview draft={view.draft} />
          <DraftActions
            key={attempt}
            draft={view.draft}
            target={target}
            onDiscard={() => setView({ status: 'idle' })}
          />
        </>
      ) : null}
    </PaneSection>
  );
}
