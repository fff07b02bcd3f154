import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect } from 'react';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { ClientBriefSections } from '../../brief/components/ClientBriefPanel';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { PaneSection } from '../../ui/components/PaneSection';
import type { MeetingClient } from '../state/meeting-slice';

const useStyles = makeStyles({
  header: { paddingLeft: 0, paddingRight: 0, fontWeight: tokens.fontWeightSemibold },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0 },
});

/** One client's brief, fetched when its entry is first shown. */
function MeetingClientBrief({ clientId }: { clientId: string }) {
  const brief = usePane((s) => s.meetingBriefs[clientId]);
  const load = usePane((s) => s.loadMeetingBrief);
  useEffect(() => {
    if (!brief) load(clientId);
  }, [brief, clientId, load]);
  if (!brief || brief.status === 'idle' || brief.status === 'loading')
    return <LoadingBlock label={strings.briefHeading} lines={3} />;
  if (brief.status === 'error')
    return <ErrorMessage message={brief.error.message} onRetry={() => load(clientId)} />;
  return <ClientBriefSections brief={brief.data} />;
}

/** A collapsible brief for each client at the meeting; the first is open to begin with. */
export function MeetingClientBriefs({ clients }: { clients: MeetingClient[] }) {
  const styles = useStyles();
  const first = clients[0]?.client.id;
  return (
    <Accordion multiple collapsible defaultOpenItems={first ? [first] : []}>
      {clients.map(({ client, attendees }) => (
        <AccordionItem key={client.id} value={client.id}>
          <AccordionHeader className={styles.header} as="h3">
            {strings.meetings.briefOf(client.name)}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <Text size={200}>{strings.meetings.attendeesOf(attendees.join(', '))}</Text>
            <MeetingClientBrief clientId={client.id} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

/** Which clients are at the meeting, with a brief for each. */
export function MeetingClientsSection({ onRetry }: { onRetry: () => void }) {
  const attendance = usePane((s) => s.attendance);
  return (
    <PaneSection title={strings.meetings.clientsHeading}>
      {attendance.status === 'loading' || attendance.status === 'idle' ? (
        <LoadingBlock label={strings.meetings.loadingClients} lines={2} />
      ) : null}
      {attendance.status === 'error' ? (
        <ErrorMessage message={attendance.error.message} onRetry={onRetry} />
      ) : null}
      {attendance.status === 'ready' ? (
        <>
          {!attendance.data.anyExternal ? <Text>{strings.meetings.noExternal}</Text> : null}
          {attendance.data.anyExternal && attendance.data.clients.length === 0 ? (
            <Text>{strings.meetings.noClients}</Text>
          ) : null}
          {attendance.data.unmatched.length > 0 ? (
            <Text size={200}>
              {strings.meetings.unmatched(attendance.data.unmatched.join(', '))}
            </Text>
          ) : null}
          <MeetingClientBriefs clients={attendance.data.clients} />
        </>
      ) : null}
    </PaneSection>
  );
}
