import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { UnmetCondition } from '../../../../shared/cases/case-commands.schema';
import { strings } from '../../../i18n/strings';

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: '1.25em' } });

/** Every condition the closure gate found unmet, all at once, so none is discovered late. */
export function UnmetConditionList({ conditions }: { conditions: UnmetCondition[] }) {
  const styles = useStyles();
  const titleId = useId();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle id={titleId}>{strings.casePanel.closureBlocked}</MessageBarTitle>
        <div>{strings.casePanel.closureBlockedIntro}</div>
        <ul className={styles.list} aria-labelledby={titleId}>
          {conditions.map((c) => (
            <li key={`${c.code}:${c.key ?? ''}`}>{c.message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
