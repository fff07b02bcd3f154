import { Field, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import {
  CaseTypeSchema,
  PrioritySchema,
  type CaseType,
  type Priority,
} from '../../../../shared/cases/case.schema';
import { caseTypeDefinitions, priorityLabels } from '../../../../shared/cases/case-types';
import { strings } from '../../../i18n/strings';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import type { useIntakeSuggestions } from '../hooks/useIntakeSuggestions';
import { SuggestionBadge } from './SuggestionBadge';

const useStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

type SuggestedTypeFieldsProps = {
  type: CaseType | '';
  priority: Priority;
  errors: Record<string, string>;
  suggestions: ReturnType<typeof useIntakeSuggestions>;
  onType: (type: CaseType | '') => void;
  onPriority: (priority: Priority) => void;
};

/** The phrases behind the suggested type (`complaint: "formal complaint"` → `"formal complaint"`). */
function reasonsFor(label: string, explanation: string[]): string[] {
  const prefix = `${label}:`;
  return explanation.filter((e) => e.startsWith(prefix)).map((e) => e.slice(prefix.length).trim());
}

/** Case type and priority, each marked while it holds intake assist's suggestion. */
export function SuggestedTypeFields(props: SuggestedTypeFieldsProps) {
  const styles = useStyles();
  const t = strings.emailToCase;
  const { intake, analysis, pending, changed, accept, analyzeAgain } = props.suggestions;
  const typeReasons = analysis ? reasonsFor(analysis.caseType, analysis.explanation) : [];
  return (
    <>
      <div className={styles.field}>
        <Field
          label={strings.caseType}
          required
          validationMessage={props.errors.type}
          hint={
            intake.status === 'loading' ? (
              <Spinner size="extra-tiny" labelPosition="after" label={t.analyzing} />
            ) : analysis?.caseType === 'no_case' ? (
              t.noCaseSuggested
            ) : undefined
          }
        >
          <Select
            value={props.type}
            onChange={(_, data) => {
              const parsed = CaseTypeSchema.safeParse(data.value);
              changed('type');
              props.onType(parsed.success ? parsed.data : '');
            }}
          >
            <option value="">{strings.chooseCaseType}</option>
            {caseTypeDefinitions.map((d) => (
              <option key={d.type} value={d.type}>
                {d.label}
              </option>
            ))}
          </Select>
        </Field>
        {pending.type && analysis && analysis.caseType !== 'no_case' ? (
          <SuggestionBadge
            field={strings.caseType.toLowerCase()}
            confidence={analysis.confidence[analysis.caseType]}
            reasons={typeReasons}
            onAccept={() => accept('type')}
          />
        ) : null}
      </div>
      <div className={styles.field}>
        <Field label={strings.priority} required validationMessage={props.errors.priority}>
          <Select
            value={props.priority}
            onChange={(_, data) => {
              changed('priority');
              props.onPriority(PrioritySchema.parse(data.value));
            }}
          >
            {PrioritySchema.options.map((p) => (
              <option key={p} value={p}>
                {priorityLabels[p]}
              </option>
            ))}
          </Select>
        </Field>
        {pending.priority && analysis ? (
          <SuggestionBadge
            field={strings.priority.toLowerCase()}
            reasons={[t.priorityFromEmail]}
            onAccept={() => accept('priority')}
          />
        ) : null}
      </div>
      {intake.status === 'error' ? (
        <ErrorMessage message={t.analyzeFailed} onRetry={analyzeAgain} />
      ) : null}
    </>
  );
}
