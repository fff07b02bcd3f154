import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CaseDetail } from '../../../../shared/cases/case-detail.schema';
import { caseTypeDefinition, priorityLabels } from '../../../../shared/cases/case-types';
import type { IntakeLabel } from '../../../../shared/intake/intake.schema';
import { strings } from '../../../i18n/strings';
import { PaneSection } from '../../ui/components/PaneSection';

const useStyles = makeStyles({
  line: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2 },
  header: { paddingLeft: 0, paddingRight: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0 },
  // Prompt and answer are shown as plain text, never as HTML.
  raw: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    maxHeight: '240px',
    overflowY: 'auto',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

const typeLabel = (label: IntakeLabel) =>
  label === 'no_case' ? strings.intakeRecord.noCase : caseTypeDefinition(label).label;

function AcceptedBadge({ accepted }: { accepted: boolean }) {
  return (
    <Badge appearance="tint" color={accepted ? 'success' : 'informative'}>
      {accepted ? strings.intakeRecord.accepted : strings.intakeRecord.changed}
    </Badge>
  );
}

/** What intake assist suggested for this case and what was chosen; with a model, what it saw and said. */
export function IntakeSuggestionRecord({ detail }: { detail: CaseDetail }) {
  const styles = useStyles();
  const intake = detail.intake;
  if (!intake) return null;
  const t = strings.intakeRecord;
  const usedModel = intake.model !== null;
  return (
    <PaneSection title={t.heading}>
      <div className={styles.line}>
        <Text>
          {t.suggestedType(
            typeLabel(intake.suggested.caseType),
            intake.suggested.confidence.toFixed(2),
          )}
          {' · '}
          {t.chosenType(caseTypeDefinition(intake.chosen.caseType).label)}
        </Text>
        <AcceptedBadge accepted={intake.accepted.caseType} />
      </div>
      <div className={styles.line}>
        <Text>
          {t.priority(
            priorityLabels[intake.suggested.priority],
            priorityLabels[intake.chosen.priority],
          )}
        </Text>
        <AcceptedBadge accepted={intake.accepted.priority} />
      </div>
      {intake.suggested.missing.length > 0 ? (
        <Text size={200} className={styles.note}>
          {t.missing(intake.suggested.missing.join(', '))}
        </Text>
      ) : null}
      <Text size={200} className={styles.note}>
        {usedModel ? t.byModel(intake.model ?? '', intake.provider) : t.byRules}
        {intake.fallbackReason ? ` ${t.fallback(intake.fallbackReason)}` : ''}
      </Text>
      {intake.prompt !== null ? (
        <Accordion collapsible>
          <AccordionItem value="ai">
            <AccordionHeader className={styles.header} as="h3" size="small">
              {t.aiRecord}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <Text weight="semibold">{t.prompt}</Text>
              <pre className={styles.raw}>{intake.prompt}</pre>
              <Text weight="semibold">{t.output}</Text>
              {intake.output !== null ? (
                <pre className={styles.raw}>{intake.output}</pre>
              ) : (
                <Text>{t.noOutput}</Text>
              )}
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}
    </PaneSection>
  );
}
