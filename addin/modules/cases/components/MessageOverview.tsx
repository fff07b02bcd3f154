import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { useCan } from '../../../state/use-can';
import type { PaneState } from '../../../state/pane-store';
import { ClientBriefPanel } from '../../brief/components/ClientBriefPanel';
import { ClientMatchPanel } from '../../brief/components/ClientMatchPanel';
import { LinkedCaseBanner } from './LinkedCaseBanner';
import { LinkToCasePanel } from './LinkToCasePanel';

const useStyles = makeStyles({
  banner: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

type Unlinked = { id: string; reference: string; selection: number };

function chosenClient(state: PaneState): { id: string; name: string } | null {
  if (state.matches.status !== 'ready') return null;
  return state.matches.data.find((m) => m.client.id === state.chosenClientId)?.client ?? null;
}

/** What the pane shows for a received email: its case if any, its client, and the brief. */
export function MessageOverview() {
  const styles = useStyles();
  const linked = usePane((s) => s.linkedCases);
  const chosenClientId = usePane((s) => s.chosenClientId);
  const client = usePane(chosenClient);
  const showCreateCase = usePane((s) => s.showCreateCase);
  const openCase = usePane((s) => s.openCase);
  const hidden = usePane((s) => s.hiddenLinkedCases);
  const mayCreate = useCan('case.create');
  const mayLink = useCan('case.link_email');
  // Both belong to the email they were opened for; another selection leaves them behind.
  const selection = usePane((s) => s.selection);
  const [linkingFor, setLinkingFor] = useState<number | null>(null);
  const [unlinkedFrom, setUnlinkedFrom] = useState<Unlinked | null>(null);
  const linking = linkingFor === selection;
  const unlinked = unlinkedFrom?.selection === selection ? unlinkedFrom : null;
  const onCaseAlready =
    linked.status === 'ready' && (hidden > 0 || linked.data.some((l) => l.matchedBy === 'message'));
  const canCreate = linked.status === 'ready' && !onCaseAlready && chosenClientId !== null;
  const canLink = linked.status === 'ready' && !onCaseAlready;
  return (
    <>
      {linked.status === 'error' ||
      unlinked ||
      (linked.status === 'ready' && (linked.data.length > 0 || hidden > 0)) ? (
        <div className={styles.banner}>
          {unlinked ? (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{strings.emailToCase.unlinked(unlinked.reference)}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => openCase(unlinked.id)}>
                  {strings.openCase}
                </Button>
              </MessageBarActions>
            </MessageBar>
          ) : null}
          <LinkedCaseBanner onUnlinked={(c) => setUnlinkedFrom({ ...c, selection })} />
        </div>
      ) : null}
      {linking && canLink ? (
        <LinkToCasePanel client={client} onClose={() => setLinkingFor(null)} />
      ) : (
        <>
          <ClientMatchPanel />
          {!onCaseAlready && (mayCreate || mayLink) ? (
            <div className={styles.actions}>
              {mayCreate ? (
                <Button appearance="primary" disabled={!canCreate} onClick={showCreateCase}>
                  {strings.createCase}
                </Button>
              ) : null}
              {mayLink ? (
                <Button
                  disabled={!canLink}
                  onClick={() => {
                    setUnlinkedFrom(null);
                    setLinkingFor(selection);
                  }}
                >
                  {strings.emailToCase.linkToCase}
                </Button>
              ) : null}
            </div>
          ) : null}
          <ClientBriefPanel />
        </>
      )}
    </>
  );
}
