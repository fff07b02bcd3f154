import { Badge, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { CaseDetail } from '../../../../shared/cases/case-detail.schema';
import { caseTypeDefinition, priorityLabels } from '../../../../shared/cases/case-types';
import { strings } from '../../../i18n/strings';
import { FactList } from '../../ui/components/FactList';

const useStyles = makeStyles({
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Who the case is for and what it is; who has it is the owner panel's job. */
export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const styles = useStyles();
  return (
    <>
      <Title3 as="p">{detail.title}</Title3>
      <span className={styles.badges}>
        <Badge appearance="tint">{caseTypeDefinition(detail.type).label}</Badge>
        <Badge appearance="outline">{strings.stages[detail.stage]}</Badge>
        <Badge appearance="outline">{priorityLabels[detail.priority]}</Badge>
      </span>
      <FactList
        facts={[
          [strings.client, detail.clientName],
          [strings.casePanel.type, caseTypeDefinition(detail.type).label],
          [strings.casePanel.priority, priorityLabels[detail.priority]],
        ]}
      />
    </>
  );
}
