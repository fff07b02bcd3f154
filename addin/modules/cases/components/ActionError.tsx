import { z } from 'zod';
import { UnmetConditionSchema } from '../../../../shared/cases/case-commands.schema';
import type { ApiError } from '../../../api/api-error';
import { isConflict } from '../../../state/case-conflict';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { CaseConflictNotice } from './CaseConflictNotice';
import { UnmetConditionList } from './UnmetConditionList';

const UnmetDetailsSchema = z.object({ unmet: z.array(UnmetConditionSchema) });

type ActionErrorProps = {
  error: ApiError;
  title: string;
  /** Sends the same change again. */
  onRetry: () => void;
  /** Called once the user let a refused change go and the case was reloaded. */
  onReloaded: () => void;
  /** What letting a refused change go means for a form (clear it, close it); else `onReloaded`. */
  onDiscard?: () => void;
};

/** Why a change to the case failed, with the way forward that fits the failure. */
export function ActionError({ error, title, onRetry, onReloaded, onDiscard }: ActionErrorProps) {
  if (isConflict(error)) {
    return <CaseConflictNotice onApplyAgain={onRetry} onDiscard={onDiscard ?? onReloaded} />;
  }
  const unmet =
    error.code === 'closure_blocked' ? UnmetDetailsSchema.safeParse(error.details) : undefined;
  if (unmet?.success) return <UnmetConditionList conditions={unmet.data.unmet} />;
  return <ErrorMessage title={title} message={error.message} onRetry={onRetry} />;
}
