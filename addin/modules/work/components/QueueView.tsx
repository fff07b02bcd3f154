import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  CounterBadge,
  Text,
  makeStyles,
  tokens,
  type AccordionToggleEventHandler,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Case } from '../../../../shared/cases/case.schema';
import { QueueBucketSchema, type QueueBucket } from '../../../../shared/queue/queue.schema';
import { strings } from '../../../i18n/strings';
import { idle, type Loadable } from '../../../state/loadable';
import { usePane } from '../../../state/pane-context';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { CaseList } from './CaseList';
import { LoadableContent } from './LoadableContent';
import { WorkView } from './WorkView';

const useStyles = makeStyles({
  gap: { whiteSpace: 'pre' },
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    width: '100%',
  },
  panel: { paddingBottom: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground3 },
});

/** The pile people ask about first opens by itself. */
const openAtStart: QueueBucket[] = ['at_risk'];

function BucketPanel({ bucket, list }: { bucket: QueueBucket; list: Loadable<Case[]> }) {
  const styles = useStyles();
  const loadQueueBucket = usePane((s) => s.loadQueueBucket);
  const label = strings.work.buckets[bucket];
  return (
    <AccordionPanel className={styles.panel}>
      <LoadableContent
        value={list}
        loadingLabel={label}
        failedTitle={strings.work.bucketFailed}
        emptyText={strings.work.bucketEmpty}
        onRetry={() => loadQueueBucket(bucket)}
      >
        {(cases) => <CaseList cases={cases} label={label} />}
      </LoadableContent>
    </AccordionPanel>
  );
}

/** The open work of the user's queues: how many cases sit in each pile, and the piles themselves. */
export function QueueView() {
  const styles = useStyles();
  const summary = usePane((s) => s.queueSummary);
  const lists = usePane((s) => s.queueLists);
  const loadQueueSummary = usePane((s) => s.loadQueueSummary);
  const loadQueueBucket = usePane((s) => s.loadQueueBucket);
  const [open, setOpen] = useState<QueueBucket[]>(openAtStart);

  useEffect(() => {
    loadQueueSummary();
    for (const bucket of openAtStart) loadQueueBucket(bucket);
  }, [loadQueueSummary, loadQueueBucket]);

  const handleToggle: AccordionToggleEventHandler<QueueBucket> = (_event, data) => {
    if (!open.includes(data.value)) loadQueueBucket(data.value);
    setOpen(data.openItems);
  };

  const retry = () => {
    loadQueueSummary();
    for (const bucket of open) loadQueueBucket(bucket);
  };

  let body;
  if (summary.status === 'idle' || summary.status === 'loading')
    body = <LoadingBlock label={strings.work.loadingQueue} lines={5} />;
  else if (summary.status === 'error')
    body = (
      <ErrorMessage
        title={strings.work.queueFailed}
        message={summary.error.message}
        onRetry={retry}
      />
    );
  else {
    const counts = new Map(summary.data.buckets.map((b) => [b.bucket, b.count]));
    body = (
      <Accordion multiple collapsible openItems={open} onToggle={handleToggle}>
        {QueueBucketSchema.options.map((bucket) => (
          <AccordionItem key={bucket} value={bucket}>
            <AccordionHeader>
              <span className={styles.header}>
                {strings.work.buckets[bucket]}
                {/* Keeps the name read as "Needs triage 3", not "Needs triage3". */}
                <span className={styles.gap}> </span>
                <CounterBadge
                  count={counts.get(bucket) ?? 0}
                  showZero
                  appearance="ghost"
                  color={
                    bucket === 'at_risk' && (counts.get(bucket) ?? 0) > 0 ? 'danger' : 'informative'
                  }
                />
              </span>
            </AccordionHeader>
            {open.includes(bucket) ? (
              <BucketPanel bucket={bucket} list={lists[bucket] ?? idle} />
            ) : null}
          </AccordionItem>
        ))}
      </Accordion>
    );
  }

  return (
    <WorkView title={strings.work.queueHeading}>
      <Text className={styles.intro}>{strings.work.queueIntro}</Text>
      {body}
    </WorkView>
  );
}
