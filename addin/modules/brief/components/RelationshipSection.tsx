import { Text } from '@fluentui/react-components';
import type { RelationshipSnapshot } from '../../../../shared/clients/brief.schema';
import { formatDate, strings } from '../../../i18n/strings';
import { FactList } from '../../ui/components/FactList';
import { BriefEntry, BriefList, BriefMeta, BriefSection, BriefSubheading } from './BriefSection';

/** Who the client is to the bank: owner, tenure, products and the people to talk to. */
export function RelationshipSection({ snapshot }: { snapshot: RelationshipSnapshot }) {
  const { client, tenure, products, keyContacts } = snapshot;
  return (
    <BriefSection value="relationship" title={strings.brief.relationship}>
      <FactList
        facts={[
          [strings.segment, strings.segments[client.segment]],
          [strings.owner, client.ownerName],
          [strings.clientSince, strings.brief.tenure(formatDate(tenure.clientSince), tenure.years)],
          [
            strings.brief.products,
            products.length > 0 ? products.join(', ') : strings.brief.noProducts,
          ],
        ]}
      />
      <BriefSubheading>{strings.brief.keyContacts}</BriefSubheading>
      {keyContacts.length === 0 ? (
        <Text>{strings.brief.noContacts}</Text>
      ) : (
        <BriefList label={strings.brief.keyContacts}>
          {keyContacts.map((contact) => (
            <BriefEntry key={contact.id}>
              <Text>{contact.name}</Text>
              <BriefMeta>
                <span>{contact.role ?? strings.brief.noRole}</span>
                <span>{contact.email}</span>
              </BriefMeta>
            </BriefEntry>
          ))}
        </BriefList>
      )}
    </BriefSection>
  );
}
