import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CaseDetail } from '../../../../shared/cases/case-detail.schema';
import type { Stage } from '../../../../shared/cases/case.schema';
import { allowedTransitions, isReopen, waitingStages } from '../../../../shared/cases/lifecycle';
import { strings } from '../../../i18n/strings';
import { caseDraftKey } from '../../../state/drafts-keys';
import { hasDraft } from '../../../state/drafts-storage';
import { usePane } from '../../../state/pane-context';
import { useCan } from '../../../state/use-can';
import { FactList } from '../../ui/components/FactList';
import { PaneSection } from '../../ui/components/PaneSection';
import { useCaseAction } from '../hooks/useCaseAction';
import { ActionError } from './ActionError';
import { TransitionForm, transitionDraftForm } from './TransitionForm';

const useStyles = makeStyles({
  moves: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Moves that need words from the user: a wait says on what, a reopening says why. */
export function needsReason(from: Stage, to: Stage): boolean {
  return waitingStages.includes(to) || isReopen(from, to);
}

/** The stages this case may move to next; resolving goes through the Close form instead. */
export function offeredMoves(stage: Stage): Stage[] {
  return allowedTransitions[stage].filter((to) => to !== 'resolved');
}

/** The case's stage, why it waits, and only the moves the lifecycle allows from here. */
export function StagePanel({ detail }: { detail: CaseDetail }) {
  const styles = useStyles();
  const transitionCase = usePane((s) => s.transitionCase);
  const moves = offeredMoves(detail.stage);
  const userId = usePane((s) => s.userId);
  const view = usePane((s) => s.view);
  const canMove = useCan('case.transition');
  const keyOf = (to: Stage) => caseDraftKey({ userId, view }, transitionDraftForm(to));
  // A move whose reason was left half-written (a reload, a lost connection) opens again.
  const [asking, setAsking] = useState<Stage | null>(
    () => moves.find((to) => needsReason(detail.stage, to) && hasDraft(keyOf(to))) ?? null,
  );
  const { saving, error, run, clearError } = useCaseAction();
  const [lastMove, setLastMove] = useState<Stage | null>(null);

  const move = (to: Stage) => {
    setLastMove(to);
    void run(() => transitionCase({ to }));
  };
  const handleChoose = (to: Stage) => {
    clearError();
    if (needsReason(detail.stage, to)) setAsking(to);
    else move(to);
  };

  const facts: [string, string][] = [[strings.stage, strings.stages[detail.stage]]];
  if (detail.blockerReason) facts.push([strings.casePanel.blocker, detail.blockerReason]);
  if (detail.waitingOn) facts.push([strings.casePanel.waitingOn, detail.waitingOn]);

  return (
    <PaneSection title={strings.casePanel.stageHeading}>
      <FactList facts={facts} />
      {!canMove ? null : moves.length === 0 ? (
        <Text>{strings.casePanel.noMoves}</Text>
      ) : (
        <div className={styles.moves} role="group" aria-label={strings.casePanel.moveTo}>
          {moves.map((to) => (
            <Button
              key={to}
              size="small"
              disabled={saving}
              aria-expanded={needsReason(detail.stage, to) ? asking === to : undefined}
              onClick={() => handleChoose(to)}
            >
              {isReopen(detail.stage, to)
                ? strings.casePanel.reopen
                : strings.casePanel.moveToStage(strings.stages[to])}
            </Button>
          ))}
        </div>
      )}
      {asking ? (
        <TransitionForm
          key={asking}
          from={detail.stage}
          to={asking}
          onDone={() => setAsking(null)}
        />
      ) : null}
      {error && lastMove ? (
        <ActionError
          error={error}
          title={strings.casePanel.moveFailed}
          onRetry={() => move(lastMove)}
          onReloaded={clearError}
        />
      ) : null}
    </PaneSection>
  );
}
