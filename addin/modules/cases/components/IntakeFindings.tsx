import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CaseType } from '../../../../shared/cases/case.schema';
import { caseTypeDefinition } from '../../../../shared/cases/case-types';
import { EntityKeySchema } from '../../../../shared/intake/intake.schema';
import type { AnalyzeAnswer } from '../../../api/caseline-api';
import { strings } from '../../../i18n/strings';
import { FactList } from '../../ui/components/FactList';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

type IntakeFindingsProps = {
  /** The type chosen in the form, or '' before one is. */
  type: CaseType | '';
  /** Intake assist's answer, once it came. */
  analysis: AnalyzeAnswer | null;
};

/** What the email already says, and what the chosen case type will still need. */
export function IntakeFindings({ type, analysis }: IntakeFindingsProps) {
  const styles = useStyles();
  const t = strings.emailToCase;
  const entities = analysis
    ? EntityKeySchema.options.flatMap((key): [string, string][] => {
        const values = analysis.entities[key] ?? [];
        return values.length > 0 ? [[t.entityLabels[key], values.join(', ')]] : [];
      })
    : [];
  // Intake's missing items were worked out for the type it suggested; another type has its own.
  const missing = analysis && analysis.caseType === type ? analysis.missing : [];
  const checklist = type ? caseTypeDefinition(type).evidence : [];
  return (
    <>
      {analysis ? (
        <div className={styles.block}>
          <Text weight="semibold">{t.entitiesHeading}</Text>
          {entities.length > 0 ? (
            <FactList facts={entities} />
          ) : (
            <Text className={styles.muted}>{t.noEntities}</Text>
          )}
        </div>
      ) : null}
      <div className={styles.block}>
        <Text weight="semibold">{t.missingHeading}</Text>
        {missing.length > 0 ? (
          <>
            <Text size={200}>{t.missingFromEmail}</Text>
            <ul className={styles.list} aria-label={t.missingFromEmail}>
              {missing.map((m) => (
                <li key={m}>{t.missingLabels[m]}</li>
              ))}
            </ul>
          </>
        ) : null}
        {type ? (
          <>
            <Text size={200}>{t.checklist}</Text>
            <ul className={styles.list} aria-label={t.checklist}>
              {checklist.map((e) => (
                <li key={e.key}>
                  {e.label}
                  {e.required ? ` (${t.required})` : ''}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <Text className={styles.muted}>{t.chooseTypeForChecklist}</Text>
        )}
      </div>
    </>
  );
}
