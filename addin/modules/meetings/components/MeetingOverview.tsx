import { Text, Title3 } from '@fluentui/react-components';
import type { AppointmentItem } from '../../../../shared/mailbox/mailbox-item.schema';
import { formatDateTime, strings } from '../../../i18n/strings';
import { FactList } from '../../ui/components/FactList';
import { PaneSection } from '../../ui/components/PaneSection';

/** A meeting's essentials; client briefs per attendee come with the meetings flow. */
export function MeetingOverview({ item }: { item: AppointmentItem }) {
  const attendees = [...item.requiredAttendees, ...item.optionalAttendees];
  return (
    <PaneSection title={strings.meetingHeading}>
      <Title3 as="p">{item.subject}</Title3>
      <FactList
        facts={[
          [strings.demo.when, formatDateTime(item.start)],
          [strings.demo.where, item.location || '—'],
          [strings.demo.attendees, attendees.map((a) => a.name || a.email).join(', ') || '—'],
        ]}
      />
      <Text size={200}>
        {item.role === 'organizer' ? strings.youOrganise : strings.youAreInvited}
      </Text>
    </PaneSection>
  );
}
