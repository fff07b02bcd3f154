import { Button, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Interaction } from '../../../../shared/interactions/interaction.schema';
import type { AppointmentItem } from '../../../../shared/mailbox/mailbox-item.schema';
import { formatDateTime, strings } from '../../../i18n/strings';
import { useHost, usePane } from '../../../state/pane-context';
import { FactList } from '../../ui/components/FactList';
import { PaneSection } from '../../ui/components/PaneSection';
import { MeetingClientsSection } from './MeetingClientBriefs';
import { MeetingRecorded } from './MeetingRecorded';
import { RecordMeetingForm } from './RecordMeetingForm';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  record: { alignSelf: 'flex-start' },
});

/** The organisation's own domain: the signed-in user's, as no server setting names it. */
const domainOf = (email: string) => email.split('@')[1]?.trim().toLowerCase() ?? '';

/** A meeting: its essentials, a brief per client attending, and Record meeting. */
export function MeetingOverview({ item }: { item: AppointmentItem }) {
  const styles = useStyles();
  const host = useHost();
  const user = host.user();
  const ownDomain = domainOf(user.email);
  const attendance = usePane((s) => s.attendance);
  const loadMeeting = usePane((s) => s.loadMeeting);
  const selection = usePane((s) => s.selection);
  const [recording, setRecording] = useState(false);
  const [recorded, setRecorded] = useState<Interaction | null>(null);

  const people = [item.organizer, ...item.requiredAttendees, ...item.optionalAttendees];
  const load = useCallback(
    () =>
      loadMeeting(
        [item.organizer, ...item.requiredAttendees, ...item.optionalAttendees],
        ownDomain,
      ),
    [item, ownDomain, loadMeeting],
  );
  useEffect(() => {
    setRecording(false);
    setRecorded(null);
    load();
  }, [load, selection]);

  const clients = attendance.status === 'ready' ? attendance.data.clients : [];
  return (
    <>
      <PaneSection title={strings.meetingHeading}>
        <Title3 as="p">{item.subject}</Title3>
        <FactList
          facts={[
            [strings.demo.when, formatDateTime(item.start)],
            [strings.demo.where, item.location || '—'],
            [
              strings.demo.attendees,
              people
                .slice(1)
                .map((a) => a.name || a.email)
                .join(', ') || '—',
            ],
          ]}
        />
        <Text size={200}>
          {item.role === 'organizer' ? strings.youOrganise : strings.youAreInvited}
        </Text>
      </PaneSection>
      {recorded ? (
        <div className={styles.actions}>
          <MeetingRecorded interaction={recorded} onDone={() => setRecorded(null)} />
        </div>
      ) : null}
      {recording ? (
        <RecordMeetingForm
          item={item}
          clients={clients}
          ownDomain={ownDomain}
          userName={user.name}
          onCancel={() => setRecording(false)}
          onSaved={(interaction) => {
            setRecording(false);
            setRecorded(interaction);
          }}
        />
      ) : (
        <div className={styles.actions}>
          <Button
            className={styles.record}
            appearance="primary"
            disabled={clients.length === 0}
            onClick={() => {
              setRecorded(null);
              setRecording(true);
            }}
          >
            {strings.meetings.recordMeeting}
          </Button>
        </div>
      )}
      {!recording ? <MeetingClientsSection onRetry={load} /> : null}
    </>
  );
}
