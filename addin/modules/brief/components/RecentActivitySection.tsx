import { Text } from '@fluentui/react-components';
import type { ActivityItem } from '../../../../shared/clients/brief.schema';
import { formatDateTime, strings } from '../../../i18n/strings';
import { BriefEntry, BriefList, BriefMeta, BriefSection } from './BriefSection';

function kindLabel(item: ActivityItem): string {
  const kinds = strings.brief.activityKinds;
  if (item.kind === 'interaction') return kinds.interaction[item.interactionKind ?? 'meeting'];
  return kinds[item.kind];
}

function ActivityEntry({ item }: { item: ActivityItem }) {
  return (
    <BriefEntry>
      <Text>{item.title}</Text>
      <BriefMeta>
        <span>{kindLabel(item)}</span>
        <span>{formatDateTime(item.at)}</span>
        {item.caseReference ? <span>{item.caseReference}</span> : null}
      </BriefMeta>
      {item.sensitive ? (
        <Text size={200} italic>
          {strings.brief.sensitiveNotesHidden}
        </Text>
      ) : null}
      {item.detail ? <Text size={200}>{item.detail}</Text> : null}
    </BriefEntry>
  );
}

/** The latest interactions, emails and case events, newest first. */
export function RecentActivitySection({ items }: { items: ActivityItem[] }) {
  return (
    <BriefSection value="recent-activity" title={strings.brief.recentActivity}>
      {items.length === 0 ? (
        <Text>{strings.brief.noRecentActivity}</Text>
      ) : (
        <BriefList label={strings.brief.recentActivity}>
          {items.map((item, index) => (
            <ActivityEntry key={`${item.kind}:${item.at}:${index}`} item={item} />
          ))}
        </BriefList>
      )}
    </BriefSection>
  );
}
