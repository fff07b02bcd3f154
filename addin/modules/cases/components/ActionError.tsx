import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { z } from 'zod';
import { UnmetConditionSchema } from '../../../../shared/cases/case-commands.schema';
import type { ApiError } from '../../../api/api-error';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { UnmetConditionList } from './UnmetConditionList';

const UnmetDetailsSchema = z.object({ unmet: z.array(UnmetConditionSchema) });

type ActionErrorProps = {
  error: ApiError;
  title: string;
  /** Sends the same change again. */
  onRetry: () => void;
  /** Called once the user reloaded the case after a conflict. */
  onReloaded: () => void;
};

/** Why a change to the case failed, with the way forward that fits the failure. */
export function ActionError({ error, title, onRetry, onReloaded }: ActionErrorProps) {
  const refreshCase = usePane((s) => s.refreshCase);
  if (error.status === 412 || error.code === 'precondition_failed') {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.casePanel.conflictTitle}</MessageBarTitle>
          {strings.casePanel.conflictBody}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            size="small"
            onClick={() => {
              refreshCase();
              onReloaded();
            }}
          >
            {strings.casePanel.reload}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  const unmet =
    error.code === 'closure_blocked' ? UnmetDetailsSchema.safeParse(error.details) : undefined;
  if (unmet?.success) return <UnmetConditionList conditions={unmet.data.unmet} />;
  return <ErrorMessage title={title} message={error.message} onRetry={onRetry} />;
}
