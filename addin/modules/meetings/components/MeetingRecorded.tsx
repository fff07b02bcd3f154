import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { Interaction } from '../../../../shared/interactions/interaction.schema';
import { formatDate, strings } from '../../../i18n/strings';

/** What was saved: the follow-ups each promise became, and whether it is flagged for review. */
export function MeetingRecorded({
  interaction,
  onDone,
}: {
  interaction: Interaction;
  onDone: () => void;
}) {
  const m = strings.meetings;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{m.saved}</MessageBarTitle>
        <div>{m.savedFollowUps(interaction.followUps.length)}</div>
        {interaction.followUps.length > 0 ? (
          <ul>
            {interaction.followUps.map((f) => (
              <li key={f.id}>{m.followUpLine(f.title, f.ownerName, formatDate(f.dueDate))}</li>
            ))}
          </ul>
        ) : null}
        {interaction.sensitive ? <div>{m.savedSensitive}</div> : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDone}>
          {m.recordAnother}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
