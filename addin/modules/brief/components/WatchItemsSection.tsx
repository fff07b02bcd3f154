import { Text } from '@fluentui/react-components';
import type { WatchItems } from '../../../../shared/clients/brief.schema';
import { formatDate, formatDateTime, strings } from '../../../i18n/strings';
import { FactList } from '../../ui/components/FactList';
import { BriefEntry, BriefList, BriefMeta, BriefSection, BriefSubheading } from './BriefSection';

function Restrictions({ restrictions }: { restrictions: string[] }) {
  if (restrictions.length === 0) return <>{strings.brief.noRestrictions}</>;
  return (
    <BriefList label={strings.brief.restrictions}>
      {restrictions.map((r) => (
        <BriefEntry key={r}>{r}</BriefEntry>
      ))}
    </BriefList>
  );
}

function Vulnerability({ watch }: { watch: WatchItems }) {
  if (!watch.vulnerable) return <>{strings.brief.notVulnerable}</>;
  return (
    <>
      <Text weight="semibold">{strings.brief.vulnerable}</Text>
      {watch.vulnerabilityNote ? <Text block>{watch.vulnerabilityNote}</Text> : null}
    </>
  );
}

function Complaints({ history }: { history: WatchItems['complaintHistory'] }) {
  return (
    <>
      {strings.brief.complaintCounts(history.last12Months, history.total)}
      {history.openReferences.length > 0 ? (
        <Text block>{strings.brief.openComplaints(history.openReferences.join(', '))}</Text>
      ) : null}
    </>
  );
}

/** Risk, restrictions, vulnerability, complaints and escalations to keep in mind. */
export function WatchItemsSection({ watch }: { watch: WatchItems }) {
  return (
    <BriefSection value="watch-items" title={strings.brief.watchItems}>
      <FactList
        facts={[
          [strings.riskRating, strings.riskRatings[watch.riskRating]],
          [strings.brief.restrictions, <Restrictions restrictions={watch.restrictions} />],
          [strings.brief.vulnerability, <Vulnerability watch={watch} />],
          [
            strings.brief.nextReview,
            watch.nextReviewDate ? formatDate(watch.nextReviewDate) : strings.brief.noReview,
          ],
          [strings.brief.complaints, <Complaints history={watch.complaintHistory} />],
        ]}
      />
      <BriefSubheading>{strings.brief.escalations}</BriefSubheading>
      {watch.openEscalations.length === 0 ? (
        <Text>{strings.brief.noEscalations}</Text>
      ) : (
        <BriefList label={strings.brief.escalations}>
          {watch.openEscalations.map((e) => (
            <BriefEntry key={e.id}>
              <Text>{e.reason}</Text>
              <BriefMeta>
                {strings.brief.escalationDue(e.caseReference, formatDateTime(e.decideBy))}
              </BriefMeta>
            </BriefEntry>
          ))}
        </BriefList>
      )}
    </BriefSection>
  );
}
