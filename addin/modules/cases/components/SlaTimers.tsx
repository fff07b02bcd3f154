import { Badge, Text, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import type { CaseDetail } from '../../../../shared/cases/case-detail.schema';
import { caseTypeDefinition } from '../../../../shared/cases/case-types';
import type { TimerState } from '../../../../shared/sla/timers';
import { strings } from '../../../i18n/strings';
import { PaneSection } from '../../ui/components/PaneSection';
import { useNow } from '../hooks/useNow';
import { formatMinutes, liveTimer, minutesSince, type LiveTimer } from '../utils/sla-countdown';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    rowGap: tokens.spacingVerticalXS,
  },
  row: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  when: { color: tokens.colorNeutralForeground2 },
});

const badgeColor: Record<TimerState, BadgeProps['color']> = {
  on_track: 'success',
  at_risk: 'warning',
  breached: 'danger',
};

function timerText(t: LiveTimer): string {
  if (t.status === 'paused') return strings.casePanel.paused;
  if (t.status === 'idle') return strings.casePanel.notRunning;
  if (t.status === 'stopped' || t.remainingMinutes === null) return strings.casePanel.stopped;
  return t.remainingMinutes < 0
    ? strings.casePanel.overdueBy(formatMinutes(t.remainingMinutes))
    : strings.casePanel.dueIn(formatMinutes(t.remainingMinutes));
}

/** The case's SLA clocks and its stage age, counting down every 30 seconds from their due times. */
export function SlaTimers({ detail }: { detail: CaseDetail }) {
  const styles = useStyles();
  const now = useNow(30_000);
  const share = caseTypeDefinition(detail.type).sla.atRiskShare;
  const timers = detail.clocks.timers.map((t) => liveTimer(t, now, share));
  return (
    <PaneSection title={strings.casePanel.slaHeading}>
      {timers.length === 0 ? <Text>{strings.casePanel.noTimers}</Text> : null}
      <ul className={styles.list}>
        {timers.map((t) => (
          <li key={t.timer} className={styles.row}>
            <Text>{strings.casePanel.timers[t.timer]}</Text>
            <span className={styles.row}>
              <Text size={200} className={styles.when}>
                {timerText(t)}
              </Text>
              <Badge
                appearance={t.status === 'running' ? 'filled' : 'tint'}
                color={badgeColor[t.state]}
              >
                {strings.casePanel.timerStates[t.state]}
              </Badge>
            </span>
          </li>
        ))}
        <li className={styles.row}>
          <Text>{strings.casePanel.stageAge}</Text>
          <Text size={200} className={styles.when}>
            {formatMinutes(minutesSince(detail.clocks.stageEnteredAt, now))}
          </Text>
        </li>
      </ul>
    </PaneSection>
  );
}
