import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { strings } from '../../../i18n/strings';

type ErrorMessageProps = {
  title?: string;
  message: string;
  onRetry?: () => void;
};

/** An error with a way forward: every failure the pane shows offers Retry or another action. */
export function ErrorMessage({ title, message, onRetry }: ErrorMessageProps) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {message}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button size="small" onClick={onRetry}>
            {strings.retry}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
