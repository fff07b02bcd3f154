import { Badge, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { Case } from '../../../../shared/cases/case.schema';
import { caseTypeDefinition } from '../../../../shared/cases/case-types';
import { formatDate, strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { FactList } from '../../ui/components/FactList';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { PaneSection } from '../../ui/components/PaneSection';

const useStyles = makeStyles({
  cases: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  caseRow: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  caseMeta: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
});

function OpenCaseList({ cases }: { cases: Case[] }) {
  const styles = useStyles();
  if (cases.length === 0) return <Text>{strings.noOpenCases}</Text>;
  return (
    <ul className={styles.cases} aria-label={strings.openCases}>
      {cases.map((c) => (
        <li key={c.id} className={styles.caseRow}>
          <Text weight="semibold">
            {c.reference} · {c.title}
          </Text>
          <span className={styles.caseMeta}>
            <Badge appearance="tint">{caseTypeDefinition(c.type).label}</Badge>
            <Badge appearance="outline">{strings.stages[c.stage]}</Badge>
            <Text size={200}>{c.ownerName ?? strings.unassigned}</Text>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The brief for the chosen client: who they are, and what is open for them. */
export function ClientBriefPanel() {
  const brief = usePane((s) => s.brief);
  const reload = usePane((s) => s.reload);
  if (brief.status === 'idle') return null;
  if (brief.status === 'loading') {
    return (
      <PaneSection title={strings.briefHeading}>
        <LoadingBlock label={strings.briefHeading} lines={4} />
      </PaneSection>
    );
  }
  if (brief.status === 'error') {
    return (
      <PaneSection title={strings.briefHeading}>
        <ErrorMessage message={brief.error.message} onRetry={reload} />
      </PaneSection>
    );
  }
  const { client, openCases } = brief.data;
  return (
    <>
      <PaneSection title={strings.briefHeading}>
        <Title3 as="p">{client.name}</Title3>
        <FactList
          facts={[
            [strings.segment, strings.segments[client.segment]],
            [strings.owner, client.ownerName],
            [strings.clientSince, formatDate(client.clientSince)],
            [strings.riskRating, strings.riskRatings[client.riskRating]],
          ]}
        />
      </PaneSection>
      <PaneSection title={strings.openItems}>
        <OpenCaseList cases={openCases} />
      </PaneSection>
    </>
  );
}
