import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ApiError } from '../../../api/api-error';
import { strings } from '../../../i18n/strings';
import { ActionError } from './ActionError';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type CaseFormFooterProps = {
  /** The last failure, shown with a way forward; null when there is none to show. */
  error: ApiError | null;
  errorTitle: string;
  saving: boolean;
  submitLabel: string;
  onRetry: () => void;
  onReloaded: () => void;
  /** What letting a refused change go means for this form; else `onReloaded`. */
  onDiscard?: () => void;
  onCancel: () => void;
};

/** The end of every case form: its failure with Retry or Reload, then submit and cancel. */
export function CaseFormFooter(props: CaseFormFooterProps) {
  const styles = useStyles();
  return (
    <>
      {props.error ? (
        <ActionError
          error={props.error}
          title={props.errorTitle}
          onRetry={props.onRetry}
          onReloaded={props.onReloaded}
          onDiscard={props.onDiscard}
        />
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={props.saving}>
          {props.saving ? strings.casePanel.saving : props.submitLabel}
        </Button>
        <Button type="button" onClick={props.onCancel} disabled={props.saving}>
          {strings.cancel}
        </Button>
      </div>
    </>
  );
}
