import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { strings } from '../../../i18n/strings';

/** Tells the user the form holds text they typed earlier, and lets them start afresh. */
export function DraftRestoredNote({ onDiscard }: { onDiscard: () => void }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{strings.resilience.draftRestored}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDiscard}>
          {strings.resilience.discardDraft}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
