import { Badge, Text } from '@fluentui/react-components';
import type { SuggestedAction } from '../../../../shared/clients/brief.schema';
import { strings } from '../../../i18n/strings';
import { BriefEntry, BriefHeadline, BriefList, BriefNote, BriefSection } from './BriefSection';

const priorityColour = { high: 'danger', medium: 'warning', low: 'informative' } as const;

function SuggestionEntry({ action }: { action: SuggestedAction }) {
  return (
    <BriefEntry>
      <BriefHeadline
        badge={
          <Badge appearance="outline" color={priorityColour[action.priority]}>
            {strings.brief.priorities[action.priority]}
          </Badge>
        }
      >
        {action.title}
      </BriefHeadline>
      <BriefNote>{action.reason}</BriefNote>
    </BriefEntry>
  );
}

/** What to do next, most pressing first, each with the reason the rules gave. */
export function SuggestedActionsSection({ actions }: { actions: SuggestedAction[] }) {
  return (
    <BriefSection value="suggested-actions" title={strings.brief.suggestedActions}>
      {actions.length === 0 ? (
        <Text>{strings.brief.noSuggestedActions}</Text>
      ) : (
        <BriefList label={strings.brief.suggestedActions}>
          {actions.map((action, index) => (
            // The same rule may fire for several cases, so the key adds what it is about.
            <SuggestionEntry
              key={`${action.key}:${action.caseId ?? ''}:${action.followUpId ?? ''}:${index}`}
              action={action}
            />
          ))}
        </BriefList>
      )}
    </BriefSection>
  );
}
