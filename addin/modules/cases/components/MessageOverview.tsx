import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { ClientBriefPanel } from '../../brief/components/ClientBriefPanel';
import { ClientMatchPanel } from '../../brief/components/ClientMatchPanel';
import { LinkedCaseBanner } from './LinkedCaseBanner';

const useStyles = makeStyles({
  banner: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

/** What the pane shows for a received email: its case if any, its client, and the brief. */
export function MessageOverview() {
  const styles = useStyles();
  const linked = usePane((s) => s.linkedCases);
  const chosenClientId = usePane((s) => s.chosenClientId);
  const showCreateCase = usePane((s) => s.showCreateCase);
  const hidden = usePane((s) => s.hiddenLinkedCases);
  const onCaseAlready =
    linked.status === 'ready' && (hidden > 0 || linked.data.some((l) => l.matchedBy === 'message'));
  const canCreate = linked.status === 'ready' && !onCaseAlready && chosenClientId !== null;
  return (
    <>
      {linked.status === 'error' ||
      (linked.status === 'ready' && (linked.data.length > 0 || hidden > 0)) ? (
        <div className={styles.banner}>
          <LinkedCaseBanner />
        </div>
      ) : null}
      <ClientMatchPanel />
      {!onCaseAlready ? (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={!canCreate} onClick={showCreateCase}>
            {strings.createCase}
          </Button>
        </div>
      ) : null}
      <ClientBriefPanel />
    </>
  );
}
