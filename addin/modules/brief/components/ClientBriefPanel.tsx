import { Accordion, Title3, makeStyles } from '@fluentui/react-components';
import type { ClientBrief } from '../../../../shared/clients/brief.schema';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { PaneSection } from '../../ui/components/PaneSection';
import { AccountsSection } from './AccountsSection';
import { briefSectionKeys } from './BriefSection';
import { OpenItemsSection } from './OpenItemsSection';
import { RecentActivitySection } from './RecentActivitySection';
import { RelationshipSection } from './RelationshipSection';
import { SuggestedActionsSection } from './SuggestedActionsSection';
import { WatchItemsSection } from './WatchItemsSection';

const useStyles = makeStyles({ name: { margin: 0, overflowWrap: 'anywhere' } });

/** The six sections, open items first, each collapsible and all open to begin with. */
export function ClientBriefSections({ brief }: { brief: ClientBrief }) {
  return (
    <Accordion multiple collapsible defaultOpenItems={[...briefSectionKeys]}>
      <OpenItemsSection openItems={brief.openItems} />
      <SuggestedActionsSection actions={brief.suggestedActions.items} />
      <WatchItemsSection watch={brief.watchItems} />
      <RecentActivitySection items={brief.recentActivity.items} />
      <RelationshipSection snapshot={brief.relationshipSnapshot} />
      <AccountsSection accounts={brief.accountContext.accounts} />
    </Accordion>
  );
}

/** The brief for the chosen client: what is open, what to do, and who they are. */
export function ClientBriefPanel() {
  const brief = usePane((s) => s.brief);
  const reload = usePane((s) => s.reload);
  const styles = useStyles();
  if (brief.status === 'idle') return null;
  if (brief.status === 'loading') {
    return (
      <PaneSection title={strings.briefHeading}>
        <LoadingBlock label={strings.briefHeading} lines={4} />
      </PaneSection>
    );
  }
  if (brief.status === 'error') {
    return (
      <PaneSection title={strings.briefHeading}>
        <ErrorMessage message={brief.error.message} onRetry={reload} />
      </PaneSection>
    );
  }
  return (
    <PaneSection title={strings.briefHeading}>
      <Title3 as="p" className={styles.name}>
        {brief.data.relationshipSnapshot.client.name}
      </Title3>
      <ClientBriefSections brief={brief.data} />
    </PaneSection>
  );
}
