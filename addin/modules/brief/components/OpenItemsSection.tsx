import { Badge, Text } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';
import type {
  OpenCaseItem,
  OpenFollowUpItem,
  OpenItems,
  PendingApprovalItem,
  MissingEvidenceItem,
} from '../../../../shared/clients/brief.schema';
import { caseTypeDefinition } from '../../../../shared/cases/case-types';
import { formatDate, formatDateTime, strings } from '../../../i18n/strings';
import { BriefEntry, BriefList, BriefMeta, BriefSection, BriefSubheading } from './BriefSection';

const slaColour = { on_track: 'success', at_risk: 'warning', breached: 'danger' } as const;

function CaseEntry({ item }: { item: OpenCaseItem }) {
  return (
    <BriefEntry>
      <Text weight="semibold">
        {item.reference} · {item.title}
      </Text>
      <BriefMeta>
        <Badge appearance="tint" color={slaColour[item.slaState]}>
          {strings.brief.sla[item.slaState]}
        </Badge>
        <span>{strings.stages[item.stage]}</span>
        <span>{caseTypeDefinition(item.type).label}</span>
        {item.slaDueAt ? <span>{strings.brief.slaDue(formatDateTime(item.slaDueAt))}</span> : null}
      </BriefMeta>
    </BriefEntry>
  );
}

function FollowUpEntry({ item }: { item: OpenFollowUpItem }) {
  return (
    <BriefEntry>
      <Text weight="semibold">{item.title}</Text>
      <BriefMeta>
        {item.overdue ? (
          <Badge appearance="tint" color="danger">
            {strings.brief.overdue}
          </Badge>
        ) : null}
        <span>{strings.brief.followUpDue(formatDate(item.dueDate), item.dueInDays)}</span>
        <span>{item.ownerName}</span>
        {item.caseReference ? <span>{item.caseReference}</span> : null}
      </BriefMeta>
    </BriefEntry>
  );
}

function ApprovalEntry({ item }: { item: PendingApprovalItem }) {
  const kind = item.kind.replace(/_/g, ' ');
  return (
    <BriefEntry>
      <Text weight="semibold">
        {item.caseReference}
        {item.amount ? ` · ${strings.brief.amount(item.amount, item.currency)}` : ''}
      </Text>
      <BriefMeta>
        {strings.brief.approvalWaiting(
          kind.charAt(0).toUpperCase() + kind.slice(1),
          strings.brief.roles[item.approverRole],
          formatDate(item.requestedAt),
        )}
      </BriefMeta>
    </BriefEntry>
  );
}

function EvidenceEntry({ item }: { item: MissingEvidenceItem }) {
  return (
    <BriefEntry>
      <Text>{strings.brief.evidenceFor(item.label, item.caseReference)}</Text>
    </BriefEntry>
  );
}

function Group<T>(props: {
  title: string;
  items: T[];
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
}) {
  if (props.items.length === 0) return null;
  return (
    <>
      <BriefSubheading>{props.title}</BriefSubheading>
      <BriefList label={props.title}>
        {props.items.map((item) => (
          <Fragment key={props.keyOf(item)}>{props.render(item)}</Fragment>
        ))}
      </BriefList>
    </>
  );
}

/** Cases, follow-ups, approvals and evidence still open for the client. */
export function OpenItemsSection({ openItems }: { openItems: OpenItems }) {
  const { cases, followUps, approvals, missingEvidence } = openItems;
  const empty = cases.length + followUps.length + approvals.length + missingEvidence.length === 0;
  return (
    <BriefSection value="open-items" title={strings.openItems}>
      {empty ? <Text>{strings.brief.noOpenItems}</Text> : null}
      <Group
        title={strings.brief.cases}
        items={cases}
        keyOf={(c) => c.id}
        render={(c) => <CaseEntry item={c} />}
      />
      <Group
        title={strings.brief.followUps}
        items={followUps}
        keyOf={(f) => f.id}
        render={(f) => <FollowUpEntry item={f} />}
      />
      <Group
        title={strings.brief.approvals}
        items={approvals}
        keyOf={(a) => a.id}
        render={(a) => <ApprovalEntry item={a} />}
      />
      <Group
        title={strings.brief.missingEvidence}
        items={missingEvidence}
        keyOf={(m) => `${m.caseId}:${m.key}`}
        render={(m) => <EvidenceEntry item={m} />}
      />
    </BriefSection>
  );
}
