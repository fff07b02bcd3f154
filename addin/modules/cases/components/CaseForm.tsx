import { makeStyles, tokens } from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type CaseFormProps = {
  /** The form's accessible name, such as "Add follow-up". */
  label: string;
  /** Checks and sends the form; the form's own checks replace the browser's. */
  onSubmit: () => Promise<unknown>;
  children: ReactNode;
};

/** A case form's frame: its fields in a column, submitted by Enter or the submit button. */
export function CaseForm({ label, onSubmit, children }: CaseFormProps) {
  const styles = useStyles();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <form className={styles.form} onSubmit={handleSubmit} noValidate aria-label={label}>
      {children}
    </form>
  );
}
