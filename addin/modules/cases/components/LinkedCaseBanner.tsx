import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Fragment, useState } from 'react';
import { caseTypeDefinition } from '../../../../shared/cases/case-types';
import { formatDateTime, strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { useCan } from '../../../state/use-can';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { UnlinkEmailForm } from './UnlinkEmailForm';

type LinkedCaseBannerProps = {
  /** Told which case the email was just taken off, so the pane can say so. */
  onUnlinked?: (unlinked: { id: string; reference: string }) => void;
};

/** Says first, before anything else, when this email is already on a case. */
export function LinkedCaseBanner({ onUnlinked }: LinkedCaseBannerProps = {}) {
  const [unlinking, setUnlinking] = useState<string | null>(null);
  const linked = usePane((s) => s.linkedCases);
  const openCase = usePane((s) => s.openCase);
  const reload = usePane((s) => s.reload);
  const hidden = usePane((s) => s.hiddenLinkedCases);
  const mayUnlink = useCan('case.link_email');
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
      {linked.data.map(({ case: c, link, matchedBy, madeFromThisEmail }) => (
        <Fragment key={c.id}>
          <MessageBar intent="info" layout="multiline">
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
              {/* Only this message's own link is undone here, never another email's, and never the email the case was made from. */}
              {mayUnlink && matchedBy === 'message' && !madeFromThisEmail && unlinking !== c.id ? (
                <Button
                  size="small"
                  aria-label={strings.emailToCase.unlinkFrom(c.reference)}
                  onClick={() => setUnlinking(c.id)}
                >
                  {strings.emailToCase.unlink}
                </Button>
              ) : null}
            </MessageBarActions>
          </MessageBar>
          {unlinking === c.id ? (
            <UnlinkEmailForm
              caseId={c.id}
              linkId={link.id}
              onCancel={() => setUnlinking(null)}
              onUnlinked={() => {
                setUnlinking(null);
                onUnlinked?.({ id: c.id, reference: c.reference });
              }}
            />
          ) : null}
        </Fragment>
      ))}
    </>
  );
}
